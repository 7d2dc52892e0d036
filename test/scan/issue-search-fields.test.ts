import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, storage } from '@forge/api';",
  '',
  "const BOARD_FIELDS = ['summary', 'status', 'assignee'];",
  '',
  'export async function run(event) {',
  '  const jql = `project = ${event.project}`;',
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${jql}&fields=summary,assignee`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${jql}&fields=summary,status`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql, fields: ['assignee', 'reporter'] }) });",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql, fields: ['summary', '-assignee'] }) });",
  "  const board = await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql, fields: BOARD_FIELDS, maxResults: 50 }) });",
  '  const { issues } = await board.json();',
  '  await storage.set(`board:${event.project}`, issues);',
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=summary,creator`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${jql}`);",
  '}',
  '',
].join('\n');

describe('an issue search or issue read that asks for user fields (`fields=assignee`, `fields: [\'assignee\', \'reporter\']`)', () => {
  it('reads the people those fields hold, and keeps them where the answer goes; an enhanced search asking for none (its default: issue IDs) reads no one', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': INDEX,
    });
    const uses = facts.personalData.uses.map((u) => `${u.kind} ${u.action} ${u.evidence.line}`);
    assert.deepEqual(uses, [
      'account-id read 7', 'display-name read 7', 'email read 7',
      'account-id read 9', 'display-name read 9', 'email read 9',
      'account-id read 11', 'display-name read 11', 'email read 11',
      'account-id read 14', 'display-name read 14', 'email read 14',
      'account-id stored 13', 'email stored 13', 'display-name stored 13',
    ]);
  });
});
