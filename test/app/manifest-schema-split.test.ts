import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { ErrorObject } from 'ajv';
import { allowedPropertiesAt, createManifestAjv, moduleTypes, readManifestSchema } from '../../src/app/manifest-ajv.ts';
import { reduceSchemaErrors } from '../../src/app/manifest-schema-issues.ts';
import { GENERATED_DIR, GENERATED_INDEX, splitValidator, type SplitIndex, type SplitModule } from '../../src/app/manifest-schema-split.ts';
import { forgeManifestVersion, loadValidator, validateManifestSync } from '../../src/app/manifest-schema.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';

const require = createRequire(import.meta.url);
const ROOT = path.join(import.meta.dirname, '../..');
const schema = readManifestSchema();
const types = moduleTypes(schema);
const index = JSON.parse(fs.readFileSync(GENERATED_INDEX, 'utf8')) as SplitIndex;
// The reference: the whole schema compiled at run time (~7 s), as the fallback does.
const whole = createManifestAjv(schema, false).validate;

type Doc = Record<string, unknown>;

function manifests(): Array<[string, unknown]> {
  const files = fs.globSync(['test/fixtures/**/manifest.{yml,yaml}', 'examples/*/manifest.yml'], { cwd: ROOT }).sort();
  return files.map((file) => [file, parseYaml(file, fs.readFileSync(path.join(ROOT, file), 'utf8')).value]);
}

/** Mistakes of every kind at once: unknown top-level key, errors before, in and after `modules`. */
function mutations(doc: unknown): unknown[] {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const out: unknown[] = [];
  const copy = (): Doc => structuredClone(doc) as Doc;
  const modules = (doc as Doc).modules as Record<string, unknown[]> | undefined;
  for (const type of Object.keys(modules ?? {})) {
    const broken = copy();
    const list = (broken.modules as Record<string, unknown>)[type];
    if (Array.isArray(list) && list[0] && typeof list[0] === 'object') {
      const { key: _key, ...rest } = list[0] as Doc;
      list[0] = { ...rest, hanlder: 'index.run', title: 5 };
      list.push('text');
    } else {
      (broken.modules as Record<string, unknown>)[type] = { key: 'not-a-list' };
    }
    out.push(broken);
  }
  const everywhere = copy();
  everywhere.modulez = {};
  everywhere.app = { ...(everywhere.app as Doc), licencing: {}, runtime: { name: 'nodejs18.x' } };
  everywhere.permissions = { scopes: 'read:jira-work', external: { fetch: { backend: [{ adress: 'x' }] } } };
  everywhere.modules = { ...(everywhere.modules as Doc), 'jira:issuePanell': [{}], trigger: [{ key: 'on-create', function: 'f', events: 'avi:jira:created:issue' }] };
  out.push(everywhere, { ...copy(), modules: [] }, { ...copy(), modules: null });
  return out;
}

/** A Connect condition list that reaches the schema's `$ref: "#"` (the whole manifest), twice nested. */
const CONDITIONS = [
  { condition: 'user_is_logged_in' },
  {
    type: 'and',
    conditions: [
      { condition: 'user_is_admin', invert: 'no' },
      { type: 'or', conditions: [{ app: { id: 5 }, modules: { function: [{}], 'jira:issuePanel': 'x' }, condition: 5 }, { conditions: [{ conditions: [] }] }] },
    ],
  },
];

function synthetic(): unknown[] {
  const app = { id: 'ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000', runtime: { name: 'nodejs24.x' } };
  const docs: unknown[] = [null, [], 'manifest', 5, {}, { modules: {} }, { app, modules: { function: [] } }];
  for (const type of types) {
    docs.push({ app, modules: { [type]: [{}] } }, { app, modules: { [type]: 'x' } }, { app, modules: { [type]: [{ key: 'k', conditions: CONDITIONS, unknownThing: 1 }] } });
  }
  docs.push({ app, modules: Object.fromEntries(types.map((type) => [type, [{ key: 'k k', conditions: CONDITIONS }]])) });
  return docs;
}

function errorsOf(validate: (data: unknown) => boolean, doc: unknown, errors: () => ErrorObject[] | null | undefined): ErrorObject[] | null {
  validate(doc);
  return errors() ?? null;
}

describe('split validators (generated/manifest/)', () => {
  it('were built from the installed @forge/manifest, one file per module type the schema knows', () => {
    assert.equal(index.forgeManifestVersion, forgeManifestVersion());
    assert.deepEqual(Object.keys(index.modules), types);
    assert.equal(types.length > 200, true);
    assert.equal(index.modules['jira:issuePanel'], 'modules/jira.issuePanel.js');
    assert.equal(loadValidator().note, null);
  });

  it('report exactly the errors of the whole schema, in order, for every manifest and mutation of it', () => {
    const split = loadValidator().validate;
    const docs = manifests();
    assert.equal(docs.length >= 10, true, `only ${docs.length} manifests found`);
    let compared = 0;
    for (const [file, doc] of docs) {
      for (const [i, variant] of [doc, ...mutations(doc)].entries()) {
        const expected = errorsOf(whole, variant, () => whole.errors);
        assert.deepEqual(errorsOf(split, variant, () => split.errors), expected, `${file} variant ${i}`);
        const issues = reduceSchemaErrors(expected ?? [], variant, (error, keys) => allowedPropertiesAt(error.schemaPath, keys));
        assert.deepEqual(validateManifestSync(variant), issues, `${file} variant ${i}`);
        compared++;
      }
    }
    assert.equal(compared > docs.length * 2, true);
  });

  it('agree with the whole schema for every module type, also through `$ref: "#"`', () => {
    const split = loadValidator().validate;
    const docs = synthetic();
    for (const [i, doc] of docs.entries()) {
      assert.deepEqual(errorsOf(split, doc, () => split.errors), errorsOf(whole, doc, () => whole.errors), `synthetic ${i}: ${JSON.stringify(doc).slice(0, 120)}`);
    }
    // The condition list reaches the manifest root and its nested `modules`.
    split({ app: {}, modules: { 'connect-jira:webItems': [{ key: 'k', conditions: CONDITIONS }] } });
    assert.equal(split.errors?.some((e) => e.instancePath === '/modules/connect-jira:webItems/0/conditions/1/conditions/1/conditions/0/modules/function/0' && e.keyword === 'required'), true);
  });

  it('accept the valid manifests and reject the broken fixture, like the whole schema', () => {
    const split = loadValidator().validate;
    const verdicts = manifests().map(([file, doc]) => [file, split(doc)]);
    assert.deepEqual(verdicts, manifests().map(([file, doc]) => [file, whole(doc)]));
    assert.deepEqual(verdicts.filter(([file]) => String(file).startsWith('test/fixtures/app/schema-invalid/')), [['test/fixtures/app/schema-invalid/manifest.yml', false]]);
  });

  it('load only the root and the module types a manifest declares', () => {
    const loaded: string[] = [];
    const validate = splitValidator(index, (file) => {
      loaded.push(file);
      return require(path.join(GENERATED_DIR, file)) as SplitModule;
    });
    const doc = parseYaml('manifest.yml', fs.readFileSync(path.join(ROOT, 'examples/handoff-for-jira/manifest.yml'), 'utf8')).value;
    assert.equal(validate(doc), true);
    assert.equal(validate.errors, null);
    // In schema order, the order Ajv checks them in.
    assert.deepEqual(loaded, ['root.js', 'modules/scheduledTrigger.js', 'modules/function.js', 'modules/jira.issuePanel.js', 'modules/jira.projectPage.js']);
  });

  it('hands a module type validator the place of `modules` in the document, escaped per JSON Pointer', () => {
    const validate = splitValidator(index, (file) => require(path.join(GENERATED_DIR, file)) as SplitModule);
    const doc = { app: {}, modules: { function: [{ key: 'f', handler: 'index.run', 'a/b~c': 1 }] } };
    assert.equal(validate(doc, { instancePath: '/x~1y' }), false);
    assert.deepEqual(validate.errors?.map((e) => [e.instancePath, e.keyword, e.params]).filter(([, keyword]) => keyword === 'additionalProperties'), [
      ['/x~1y/modules/function/0', 'additionalProperties', { additionalProperty: 'a/b~c' }],
    ]);
  });
});
