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
});
