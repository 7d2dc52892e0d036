import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { ErrorObject } from 'ajv';
import { createManifestAjv, readManifestSchema } from '../../src/app/manifest-ajv.ts';
import { reduceSchemaErrors } from '../../src/app/manifest-schema-issues.ts';
import { loadValidator, stopManifestValidator, validateManifest, validateManifestSync } from '../../src/app/manifest-schema.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';
import { fixtureText } from './fixture.ts';

after(() => stopManifestValidator());

function manifestOf(name: string): unknown {
  return parseYaml('manifest.yml', fixtureText(name, 'manifest.yml')).value;
}

const brief = (issues: ReadonlyArray<{ message: string; hint?: string }>) => issues.map((i) => i.message);

describe('reduceSchemaErrors', () => {
  const e = (instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>): ErrorObject => ({ instancePath, schemaPath, keyword, params });

  it('keeps the branch of a oneOf that got furthest: a list where a string was written', () => {
    const data = { modules: { trigger: [{ key: 'on-create', function: 'handler', events: 'avi:jira:created:issue' }] } };
    const errors = [
      e('/modules/trigger/0/events', '#/definitions/Array/type', 'type', { type: 'array' }),
      e('/modules/trigger/0/events', '#/type', 'type', { type: 'array' }),
      e('/modules/trigger/0/events', '#/properties/trigger/items/oneOf/0/properties/events/oneOf', 'oneOf', { passingSchemas: null }),
      e('/modules/trigger/0', '#/properties/trigger/items/oneOf/1/required', 'required', { missingProperty: 'endpoint' }),
      e('/modules/trigger/0', '#/properties/trigger/items/oneOf/1/additionalProperties', 'additionalProperties', { additionalProperty: 'function' }),
      e('/modules/trigger/0/events', '#/definitions/Array/type', 'type', { type: 'array' }),
      e('/modules/trigger/0/events', '#/properties/trigger/items/oneOf/1/properties/events/oneOf', 'oneOf', { passingSchemas: null }),
      e('/modules/trigger/0', '#/properties/trigger/items/oneOf', 'oneOf', { passingSchemas: null }),
    ];
    assert.deepEqual(brief(reduceSchemaErrors(errors, data)), ["modules.trigger[0].events: is the text 'avi:jira:created:issue', but must be a list"]);
  });

  it('a branch behind a $ref (no label) between two labelled ones is its own branch', () => {
    const data = { permissions: { external: { fetch: { backend: [{ address: 5 }] } } } };
    const at = '/permissions/external/fetch/backend/0';
    const oneOf = '#/properties/external/properties/fetch/properties/backend/items/oneOf';
    const errors = [
      e(at, `${oneOf}/0/type`, 'type', { type: 'string' }),
      e(`${at}/address`, '#/definitions/EgressPermission/properties/address/type', 'type', { type: 'string' }),
      e(at, `${oneOf}/2/required`, 'required', { missingProperty: 'remote' }),
      e(at, `${oneOf}/2/additionalProperties`, 'additionalProperties', { additionalProperty: 'address' }),
      e(at, oneOf, 'oneOf', { passingSchemas: null }),
    ];
    assert.deepEqual(brief(reduceSchemaErrors(errors, data)), ['permissions.external.fetch.backend[0].address: is the number 5, but must be text']);
  });

  it('when every branch rejects the type, says which types would do', () => {
    const data = { permissions: { scopes: 'read:jira-work' } };
    const errors = [
      e('/permissions/scopes', '#/properties/scopes/oneOf/0/type', 'type', { type: 'array' }),
      e('/permissions/scopes', '#/properties/scopes/oneOf/1/type', 'type', { type: 'object' }),
      e('/permissions/scopes', '#/properties/scopes/oneOf', 'oneOf', { passingSchemas: null }),
    ];
    assert.deepEqual(brief(reduceSchemaErrors(errors, data)), ["permissions.scopes: is the text 'read:jira-work', but must be a list or a map"]);
  });

  it('an unknown property points at the property itself, with a suggestion', () => {
    const data = { app: { id: 'x', runtime: { name: 'nodejs22.x' }, licencing: { enabled: true } } };
    const issues = reduceSchemaErrors([e('/app', '#/definitions/AppSchema/additionalProperties', 'additionalProperties', { additionalProperty: 'licencing' })], data, () => ['id', 'runtime', 'licensing']);
    assert.deepEqual(issues, [{
      severity: 'error', pointer: '/app/licencing', path: ['app', 'licencing'],
      message: "app.licencing: unknown property 'licencing'", hint: "Did you mean 'licensing'?",
    }]);
  });

  it('if/then wrappers and duplicates are dropped', () => {
    const data = { modules: { webtrigger: [{ key: 'w', function: 'f', response: { type: 'static' } }] } };
    const at = '/modules/webtrigger/0/response';
    const errors = [
      e(at, '#/definitions/ResponseOptions/allOf/0/then/required', 'required', { missingProperty: 'outputs' }),
      e(at, '#/definitions/ResponseOptions/allOf/0/if', 'if', { failingKeyword: 'then' }),
      e(at, '#/definitions/ResponseOptions/allOf/0/then/required', 'required', { missingProperty: 'outputs' }),
    ];
    assert.deepEqual(brief(reduceSchemaErrors(errors, data)), ["modules.webtrigger[0].response: missing required property 'outputs'"]);
  });
});

describe('validateManifestSync', () => {
  it('uses the generated validator, which matches the installed @forge/manifest', () => {
    assert.equal(loadValidator().note, null);
  });

  it('accepts real-looking manifests', () => {
    assert.deepEqual(validateManifestSync(manifestOf('forge-full')), []);
    assert.deepEqual(validateManifestSync(manifestOf('connect-on-forge')), []);
    assert.deepEqual(validateManifestSync(manifestOf('packages-bun')), []);
  });

  it('reports each mistake once, readably', () => {
    assert.deepEqual(validateManifestSync(manifestOf('schema-invalid')).map((i) => [i.message, i.hint]), [
      ["app.runtime.name: 'nodejs18.x' is not an allowed value", "Allowed values are 'nodejs20.x', 'nodejs22.x', 'nodejs24.x'."],
      ["modules.scheduledTrigger[0].interval: 'nightly' is not an allowed value", "Allowed values are 'fiveMinute', 'hour', 'day', 'week'."],
      ["modules.function[1].hanlder: unknown property 'hanlder'", "Did you mean 'handler'?"],
      ["modules.jira:issuePanel[0]: missing required property 'title'", "'titel' is there: did you mean 'title'?"],
      ["permissions.external.fetch.backend[0].adress: unknown property 'adress'", "Did you mean 'address'?"],
    ]);
  });
});

describe('validateManifest (worker thread)', () => {
  it('gives what the synchronous check gives', async () => {
    const doc = manifestOf('schema-invalid');
    const [a, b] = await Promise.all([validateManifest(doc), validateManifest(manifestOf('forge-full'))]);
    assert.deepEqual(a, validateManifestSync(doc));
    assert.deepEqual(b, []);
  });
});

describe('run-time compile (the fallback when generated/ is missing)', () => {
  it('finds the same issues as the generated validator', () => {
    const { validate } = createManifestAjv(readManifestSchema(), false);
    const doc = manifestOf('schema-invalid');
    assert.equal(validate(doc), false);
    assert.deepEqual(reduceSchemaErrors(validate.errors ?? [], doc).map((i) => i.message), validateManifestSync(doc).map((i) => i.message));
  });
});
