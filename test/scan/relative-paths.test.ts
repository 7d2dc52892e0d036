import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

test('a product path written without its leading slash is the same REST call', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
    'src/index.js': [
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      '  const res = await api.asApp().requestJira(route`rest/api/3/worklog/updated?since=${event.since}`);',
      '  return res.json();',
      '}',
    ].join('\n'),
  });
  assert.deepEqual(facts.restCalls.map((c) => [c.product, c.method, c.path]), [['jira', 'GET', '/rest/api/3/worklog/updated?since={}']]);
  assert.deepEqual(facts.unresolvedRestCalls, []);
  assert.deepEqual(facts.restCalls[0]?.scopes?.classic, ['read:jira-work']);
});
