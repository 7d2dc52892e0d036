import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - storage:app', '    - read:jira-work', '    - read:jira-user');

describe('a user field of an issue (assignee, reporter, creator)', () => {
  it('holds the people of the answer, none of its content, read in place, destructured or from a helper\'s result', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/jira.js': [
        "import api, { route } from '@forge/api';",
        'export async function getIssue(key) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
        '  return res.json();',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { kvs } from '@forge/kvs';",
        "import { getIssue } from './jira';",
        'export const run = async (event) => {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
        '  const issue = await res.json();',
        "  await kvs.set('assignee', issue.fields.assignee);",
        "  await kvs.set('reporter', issue.fields.reporter.displayName);",
        "  await kvs.set('summary', issue.fields.summary);",
        '  const other = await getIssue(event.issue.key);',
        "  await kvs.set('creator', other.fields.creator);",
        '  const { reporter, description } = other.fields;',
        "  await kvs.set('reporter2', reporter);",
        "  await kvs.set('description', description);",
        "  await kvs.set('whole', other);",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [
      ['assignee', ['account-id', 'display-name', 'email']],
      ['reporter', ['display-name']],
      ['summary', ['product-content']],
      ['creator', ['account-id', 'display-name', 'email']],
      ['reporter2', ['account-id', 'display-name', 'email']],
      ['description', ['product-content']],
      ['whole', ['account-id', 'display-name', 'email', 'product-content']],
    ]);
  });
});
