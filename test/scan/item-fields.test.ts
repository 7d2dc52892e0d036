import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

type Facts = Awaited<ReturnType<typeof scanFiles>>['facts'];
const carried = (facts: Facts): Array<[number, string[]]> => [...facts.logs, ...facts.storage].map((f) => [f.evidence.line, f.carries]);

const app = (...body: string[]) => ({
  'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
  'src/index.js': [
    "import api, { route } from '@forge/api';",
    "import { kvs } from '@forge/kvs';",
    'export async function run() {',
    "  const res = await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=project=ABC&fields=assignee`);",
    '  const { issues } = await res.json();',
    ...body,
    '}',
    '',
  ].join('\n'),
});

describe("what an array's items map to, handed straight to a log or a write", () => {
  it("holds the field of each item the callback gives back (`issues.map((i) => i.fields.assignee.accountId)`)", async () => {
    const { facts } = await scanFiles(app(
      "  console.log('assignees', issues.map((i) => i.fields.assignee.accountId));",
      "  await kvs.set('people', issues.map((i) => ({ key: i.key, who: i.fields.assignee?.displayName })));",
      "  console.log(issues.flatMap((i) => { return [i.fields.reporter.emailAddress]; }));",
    ));
    assert.deepEqual(carried(facts), [[6, ['account-id']], [8, ['email']], [7, ['display-name']]]);
  });

  it('holds what the callback gives back alone: keys are no content', async () => {
    const { facts } = await scanFiles(app(
      "  console.log('keys', issues.map((i) => i.key));",
      "  const summaries = issues.map((i) => { return i.fields.summary; });",
      "  console.log('summaries', summaries, issues.filter((i) => i.fields.assignee));",
    ));
    // `filter` gives back the whole issues, with the assignee the search asks for.
    assert.deepEqual(carried(facts), [[6, ['other']], [8, ['account-id', 'display-name', 'email', 'product-content']]]);
  });

  it('holds them in a map keyed by ID (`const byId = Object.fromEntries(…)`)', async () => {
    const { facts } = await scanFiles(app(
      '  const byId = Object.fromEntries(issues.map((i) => [i.id, i.fields.assignee.displayName]));',
      "  console.log('people', byId);",
    ));
    assert.deepEqual(carried(facts), [[7, ['display-name']]]);
  });
});
