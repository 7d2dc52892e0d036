import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work');

describe('top-level functions nothing in the module names', () => {
  it('report no call, log or store from a function left behind, and keep the scope it alone would need unused', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': [
        "import api, { route, storage } from '@forge/api';",
        'async function getIssue(key: string) { return api.asApp().requestJira(route`/rest/api/3/issue/${key}`); }',
        'async function archive(key: string) {',
        '  await api.asApp().requestJira(route`/rest/agile/1.0/sprint/1/issue`, { method: \'POST\', body: key });',
        '  await storage.set(`archived:${key}`, true);',
        "  console.log('archived', key);",
        '}',
        'const forget = async (key: string) => { await api.asApp().requestJira(route`/rest/api/3/issue/${key}`, { method: \'DELETE\' }); };',
        'export const run = async ({ payload }: any) => { const res = await getIssue(payload.key); return res.json(); };',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/issue/{}']);
    assert.deepEqual(facts.storage, []);
    assert.deepEqual(facts.logs, []);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['write:jira-work']);
  });

  it('keep what a function does when its name is written anywhere else: exported, called before its declaration, handed on, or named in an export list', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': [
        "import api, { route } from '@forge/api';",
        "import Resolver from '@forge/resolver';",
        'const resolver = new Resolver();',
        "resolver.define('move', async ({ payload }: any) => moveIssue(payload.key));",
        'async function moveIssue(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/transitions`, { method: \'POST\' }); }',
        'async function assign(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/assignee`, { method: \'PUT\' }); }',
        "resolver.define('assign', assign);",
        'function comment(key: string) { return api.asApp().requestJira(route`/rest/api/3/issue/${key}/comment`, { method: \'POST\' }); }',
        'export { comment };',
        'export const run = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), [
      'POST /rest/api/3/issue/{}/transitions',
      'PUT /rest/api/3/issue/{}/assignee',
      'POST /rest/api/3/issue/{}/comment',
    ]);
  });

  it('keep the functions of a script that neither imports nor exports: the page\'s other scripts and its HTML may call them', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': "export const run = async () => 'ok';\n",
      'static/legacy.js': "function load() {\n  return fetch('https://api.example.com/items');\n}\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.host} ${c.evidence.file}:${c.evidence.line}`), ['api.example.com static/legacy.js:2']);
  });
});
