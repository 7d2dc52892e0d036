import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '    - storage:app');
const index = [
  "import Resolver from '@forge/resolver';",
  "import { JiraService } from './jira';",
  'const jira = new JiraService();',
  'const resolver = new Resolver();',
  "resolver.define('issue', async ({ payload }: any) => jira.getIssue(payload.key));",
  'export const run = resolver.getDefinitions();',
  '',
].join('\n');

describe('class methods nothing calls', () => {
  it('report no request, write or log of a method whose name no file of the app writes again, and keep the scope it alone would need unused', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': index,
      'src/jira.ts': [
        "import api, { route, storage } from '@forge/api';",
        'export class JiraService {',
        '  async getIssue(key: string) { return (await api.asUser().requestJira(route`/rest/api/3/issue/${key}`)).json(); }',
        '  async deleteIssue(key: string) {',
        "    console.log('deleting', key);",
        "    await api.asApp().requestJira(route`/rest/api/3/issue/${key}`, { method: 'DELETE' });",
        '    await storage.delete(`issue-${key}`);',
        '  }',
        '  unassign = async (key: string) => api.asApp().requestJira(route`/rest/api/3/issue/${key}/assignee`, { method: \'PUT\' });',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/issue/{}']);
    assert.deepEqual(facts.storage, []);
    assert.deepEqual(facts.logs, []);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope).sort(), ['storage:app', 'write:jira-work']);
  });

  it('keep a method another file calls or names in a string, one of a class that extends, implements or is decorated, and toJSON', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': `${index}export const later = () => jira.deleteIssue('A-1');\nexport const actions = ['archive'];\n`,
      'src/jira.ts': [
        "import api, { route } from '@forge/api';",
        "import { Base } from './base';",
        'export class JiraService {',
        '  async getIssue(key: string) { return (await api.asUser().requestJira(route`/rest/api/3/issue/${key}`)).json(); }',
        "  async deleteIssue(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}`, { method: 'DELETE' }); }",
        "  async archive(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/archive`, { method: 'PUT' }); }",
        "  toJSON() { console.log('serialised'); return {}; }",
        '}',
        "export class Panel extends Base { render() { console.log('render'); } }",
        "export class Hooks implements Base { onModuleInit() { console.log('init'); } }",
        '',
      ].join('\n'),
      'src/base.ts': 'export class Base {}\n',
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), [
      'GET /rest/api/3/issue/{}',
      'DELETE /rest/api/3/issue/{}',
      'PUT /rest/api/3/issue/{}/archive',
    ]);
    assert.deepEqual(facts.logs.map((l) => l.evidence.line), [7, 9, 10]);
  });

  it('count a name another file writes as a whole word only, names with `$` and quoted names with other characters too, which are no regexes', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': `${index}// deleteIssues, $deleteIssue, deleteIssue_2 and archive$ are other names; $close and 'move-to' are these.\nexport const m = ['getXissue', 'archive.', jira.$close, 'move-to'];\n`,
      'src/jira.ts': [
        "import api, { route } from '@forge/api';",
        'export class JiraService {',
        '  async getIssue(key: string) { return (await api.asUser().requestJira(route`/rest/api/3/issue/${key}`)).json(); }',
        "  async deleteIssue(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}`, { method: 'DELETE' }); }",
        "  async archive(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/archive`, { method: 'PUT' }); }",
        "  async $close(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/close`, { method: 'PUT' }); }",
        "  async 'move-to'(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/move`, { method: 'PUT' }); }",
        "  async 'get.issue'(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/get`, { method: 'PUT' }); }",
        "  async 'open[x'(key: string) { await api.asApp().requestJira(route`/rest/api/3/issue/${key}/open`, { method: 'PUT' }); }",
        '}',
        '',
      ].join('\n'),
    });
    // `archive.` writes `archive`; `getXissue` is not `get.issue`.
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), [
      'GET /rest/api/3/issue/{}',
      'PUT /rest/api/3/issue/{}/archive',
      'PUT /rest/api/3/issue/{}/close',
      'PUT /rest/api/3/issue/{}/move',
    ]);
  });
});

describe('exported functions nothing imports', () => {
  const resolver = [
    "import Resolver from '@forge/resolver';",
    "import { getProperty } from './storage/kvs-client';",
    "import { fetchIssue } from './jira';",
    'const resolver = new Resolver();',
    "resolver.define('issue', async ({ payload }: any) => ({ issue: await fetchIssue(payload.key), flag: await getProperty('flag') }));",
    'export const run = resolver.getDefinitions();',
    '',
  ].join('\n');
  const jira = [
    "import api, { route } from '@forge/api';",
    'export const fetchIssue = async (key: string) => (await api.asUser().requestJira(route`/rest/api/3/issue/${key}`)).json();',
    "export const deleteIssue = async (key: string) => api.asApp().requestJira(route`/rest/api/3/issue/${key}`, { method: 'DELETE' });",
    'export async function listGroups() {',
    "  console.log('groups');",
    '  return api.asApp().requestJira(route`/rest/api/3/groups/picker`);',
    '}',
    '',
  ].join('\n');
  const kvsClient = [
    "import { kvs } from '@forge/kvs';",
    'export const getProperty = async (key: string) => kvs.get(key);',
    'export const deleteProperty = async (key: string) => kvs.delete(key);',
    '',
  ].join('\n');

  it('report no request, write or log of an export of an imported module that no other file names', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'src/index.ts': resolver, 'src/jira.ts': jira, 'src/storage/kvs-client.ts': kvsClient });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/issue/{}']);
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.evidence.file}:${s.evidence.line}`), ['read flag src/index.ts:5']);
    assert.deepEqual(facts.logs, []);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope).sort(), ['write:jira-work']);
  });

  it('keep the exports of a module nothing imports, one imported whole, one re-exported whole, those of an app whose manifest names a missing handler file, and a handler the manifest names', async () => {
    const whole = resolver.replace("import { fetchIssue } from './jira';", "import * as jira from './jira';").replace('await fetchIssue(', 'await jira.fetchIssue(');
    const all = await scanFiles({ 'manifest.yml': manifest, 'src/index.ts': whole, 'src/jira.ts': jira, 'src/storage/kvs-client.ts': kvsClient });
    assert.deepEqual(all.facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/issue/{}', 'DELETE /rest/api/3/issue/{}', 'GET /rest/api/3/groups/picker']);
    const again = await scanFiles({
      'manifest.yml': manifest,
      'src/index.ts': "export * from './jira';\n",
      'src/jira.ts': jira,
    });
    assert.deepEqual(again.facts.restCalls.length, 3);
    const alone = await scanFiles({ 'manifest.yml': manifest, 'src/index.ts': 'export const run = () => 1;\n', 'src/jira.ts': jira });
    assert.deepEqual(alone.facts.restCalls.length, 3);
    const partial = await scanFiles({
      'manifest.yml': [
        'modules:', '  function:', '    - key: main', '      handler: index.run', '    - key: admin', '      handler: admin.handler',
        'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
      ].join('\n'),
      'src/index.ts': "import { fetchIssue } from './jira';\nexport const run = (key: string) => fetchIssue(key);\n",
      'src/jira.ts': jira,
    });
    assert.deepEqual(partial.facts.restCalls.length, 3, 'the missing admin.ts may import the rest');
    const triggers = await scanFiles({
      'manifest.yml': [
        'modules:', '  trigger:', '    - key: on-created', '      function: created', '      events:', '        - avi:jira:created:issue',
        '  function:', '    - key: main', '      handler: index.run', '    - key: created', '      handler: jira.listGroups',
        'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
        'permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user', '',
      ].join('\n'),
      'src/index.ts': "import { fetchIssue } from './jira';\nexport const run = (key: string) => fetchIssue(key);\n",
      'src/jira.ts': jira,
    });
    assert.deepEqual(triggers.facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/issue/{}', 'GET /rest/api/3/groups/picker']);
  });
});
