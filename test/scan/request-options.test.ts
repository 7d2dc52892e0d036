import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - write:comment:confluence', '    - write:confluence-space');

describe('the method of a product request whose options are not an object literal naming it', () => {
  it('is the one a spread, a helper of the module or a const holding what it returns gives', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "const JSON_POST = { method: 'POST', headers: { 'Content-Type': 'application/json' } };",
        "const postOf = (body) => ({ method: 'POST', body });",
        "function putOf(body) { return { ...JSON_POST, method: 'PUT', body }; }",
        'export async function run(event) {',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, { ...JSON_POST, body: event.text });',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, postOf(event.text));',
        '  const options = postOf(event.text);',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, options);',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments/${event.id}`, putOf(event.text));',
        "  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, { headers: { Accept: 'application/json' } });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.method} ${c.path}`), [
      '6 POST /wiki/api/v2/footer-comments',
      '7 POST /wiki/api/v2/footer-comments',
      '9 POST /wiki/api/v2/footer-comments',
      '10 PUT /wiki/api/v2/footer-comments/{}',
      '11 GET /wiki/api/v2/footer-comments',
    ]);
    assert.deepEqual(facts.scopes.missing.map((m) => `${m.scope} ${m.evidence.line}`), ['read:comment:confluence 11']);
  });

  it('is filled in from another module: an exported const object or what an exported helper returns', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/options.js': [
        "export const JSON_POST = { method: 'POST', headers: { 'Content-Type': 'application/json' } };",
        "export const putOf = (body) => ({ method: 'PUT', headers: { Accept: 'application/json' }, body });",
        '',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { JSON_POST, putOf } from './options';",
        "import * as opts from './options';",
        'export async function run(event) {',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, JSON_POST);',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, { ...opts.JSON_POST, body: event.text });',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments/${event.id}`, putOf(event.text));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.method} ${c.path}`), [
      '5 POST /wiki/api/v2/footer-comments',
      '6 POST /wiki/api/v2/footer-comments',
      '7 PUT /wiki/api/v2/footer-comments/{}',
    ]);
    assert.deepEqual(facts.scopes.missing, []);
  });
});

describe('options a helper builds in branches (`let options = null; if (…) options = make(id); return options;`)', () => {
  it('give their method when every branch returns the same literal, in the module or from another module', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/comments.js': [
        'const requestOf = (body) => ({ method: "POST", headers: { Accept: "application/json" }, body });',
        'const warning = (id) => requestOf(JSON.stringify({ pageId: id, body: "Check this page" }));',
        'const allClear = (id) => requestOf(JSON.stringify({ pageId: id, body: "All clear" }));',
        'export const commentRequest = (id, found, before) => {',
        '  let request = null;',
        '  if (found && !before) request = warning(id);',
        '  else if (!found && before) request = allClear(id);',
        '  return request;',
        '};',
        '',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { commentRequest } from './comments';",
        'function localRequest(id) {',
        '  let request;',
        '  request = { method: "POST", body: JSON.stringify({ pageId: id }) };',
        '  return request;',
        '}',
        'export async function run(event) {',
        '  const request = commentRequest(event.content.id, true, false);',
        '  if (request) await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, request);',
        '  await api.asApp().requestConfluence(route`/wiki/api/v2/footer-comments`, localRequest(event.content.id));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.method} ${c.path}`), [
      '10 POST /wiki/api/v2/footer-comments',
      '11 POST /wiki/api/v2/footer-comments',
    ]);
    assert.deepEqual(facts.scopes.missing, []);
  });
});

describe('`@forge/api` handed to a helper as a parameter', () => {
  it('makes `api.asApp().requestConfluence(route`…`)` in the helper a product request as the app', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/migrate.js': [
        'export const createSpace = async (req, api, route) => {',
        '  const res = await api.asApp().requestConfluence(route`/wiki/rest/api/space`, {',
        "    method: 'POST',",
        '    body: JSON.stringify({ key: req.payload.key, name: req.payload.name }),',
        '  });',
        '  return res.json();',
        '};',
        '',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { createSpace } from './migrate';",
        'export const run = (req) => createSpace(req, api, route);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.auth} ${c.method} ${c.path}`), [
      'src/migrate.js:2 asApp POST /wiki/rest/api/space',
    ]);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['write:comment:confluence']);
  });
});
