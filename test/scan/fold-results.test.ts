import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route } from '@forge/api';",
  'const rowOf = (vote) => ({ voter: vote.user.displayName, weight: 2 });',
  'export async function run(event, context) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}/votes`);',
  '  const rows = (await res.json()).voters.map((v) => rowOf(v));',
  '  const total = rows.reduce((sum, row) => sum + row.weight, 0);',
  '  const count = rows.reduce((n) => n + 1, 0);',
  "  console.log(`${count} votes, weight ${total}`);",
  '  const voters = rows.reduce((names, row) => { names.push(row.voter); return names; }, []);',
  "  console.log('voters', voters);",
  '  const tagged = rows.reduce((acc) => acc, { by: context.accountId });',
  "  console.log('tagged', tagged);",
  '}',
].join('\n');

describe('the result of reduce', () => {
  it('is what the callback makes of the items, from the value it starts with, not the whole array', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [8, ['other']],
      [10, ['display-name']],
      [12, ['account-id']],
    ]);
  });
});
