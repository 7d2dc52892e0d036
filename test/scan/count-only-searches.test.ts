import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('an issue search asking for no result (`maxResults=0`)', () => {
  it('reads only how many issues match, no one; the same search with results reads the people of their fields', async () => {
    const code = [
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      '  const jql = `assignee = "${event.accountId}" AND statusCategory = "In Progress"`;',
      '  const load = await api.asApp().requestJira(route`/rest/api/3/search?jql=${jql}&maxResults=0`);',
      '  const data = await load.json();',
      '  const total = data.total;',
      '  const open = await api.asApp().requestJira(route`/rest/api/3/search?jql=${jql}&maxResults=10`);',
      '  return { total, open: await open.json() };',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'), 'src/index.js': code });
    const read = facts.personalData.uses.filter((p) => p.action === 'read').map((p) => p.evidence.line);
    assert.deepEqual([...new Set(read)], [7]);
  });
});

describe('an issue search whose body asks for no result (`maxResults: 0`)', () => {
  it('reads no one, whatever fields it names; one asking for results reads the people of its fields', async () => {
    const code = [
      "import api, { route } from '@forge/api';",
      'const NONE = 0;',
      'export async function run(event) {',
      '  const jql = `assignee = "${event.accountId}"`;',
      "  const load = await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql, maxResults: 0, fields: ['assignee'] }) });",
      "  const also = await api.asApp().requestJira(route`/rest/api/3/search`, { method: 'POST', body: JSON.stringify({ jql, maxResults: NONE, fields: ['assignee'] }) });",
      "  const open = await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql, maxResults: 10, fields: ['assignee'] }) });",
      '  return [await load.json(), await also.json(), await open.json()];',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'), 'src/index.js': code });
    const read = facts.personalData.uses.filter((p) => p.action === 'read').map((p) => p.evidence.line);
    assert.deepEqual([...new Set(read)], [7]);
  });
});
