import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a function of the app that returns some fields of the items it is given (`items.map((i) => ({ … }))`)', () => {
  it('a call of it holds what those fields of what the call passes hold, not all of it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:confluence-content.summary'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { summaries } from './rows';",
        'function owners(issues) {',
        '  return issues.map((issue) => ({ key: issue.key, owner: issue.fields.assignee }));',
        '}',
        'function titled(pages) {',
        '  return pages.map((page) => ({ id: page.id, title: page.title }));',
        '}',
        'export async function run() {',
        '  const { issues } = await (await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=order+by+created&fields=summary,assignee`)).json();',
        '  console.log(summaries(issues));',
        '  console.log(owners(issues));',
        '  const { results } = await (await api.asApp().requestConfluence(route`/wiki/api/v2/pages`)).json();',
        '  console.log(titled(results));',
        '}',
        '',
      ].join('\n'),
      'src/rows.js': 'export const summaries = (items) => items.map((item) => ({ key: item.key, text: item.fields.summary }));\n',
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries.join(',')]), [
      [11, 'product-content'],
      [12, 'account-id,display-name,email'],
      [14, 'product-content'],
    ]);
  });
});
