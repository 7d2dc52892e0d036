import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'sprint-board', baseUrl: 'https://board.example.com', authentication: { type: 'none' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'board', url: '/board.html', name: { value: 'Board' } }] },
});

describe('a console method handed to `.then` prints what the chain resolves with', () => {
  it('the sprint a request answers, as a log of product data; a function of the app handed instead is no log', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'board.js': [
        'function get(url) {',
        '  return AP.request(url).then(({ body }) => JSON.parse(body));',
        '}',
        'function show(sprint) {',
        '  document.getElementById("name").textContent = sprint.name;',
        '}',
        'get(`/rest/agile/1.0/sprint/${window.sprintId}`).then(console.log);',
        'get(`/rest/agile/1.0/sprint/${window.sprintId}`).then(show);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.level} ${l.carries.join(',')}`), ['7 log product-content']);
  });

  it('a request\'s response as `console.log(await request)` prints it: its status and headers, not its body unless the chain reads it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        "  api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.id}/properties/seen`, { method: 'PUT', body: '{}' }).then(console.log);",
        '  api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.id}`).then((res) => res.json()).then(console.info);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.level} ${l.carries.join(',')}`), ['3 log other', '4 info account-id,display-name,email,product-content']);
  });
});
