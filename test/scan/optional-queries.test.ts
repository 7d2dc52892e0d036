import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a query built at run time in a REST path', () => {
  it('is left out where nothing of it is known, never shown as {}, and the operation is found', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function search(query) {',
        '  return api.asApp().requestJira(route`/rest/api/3/search/jql?${query}`);',
        '}',
        'async function find(qs) {',
        '  return api.asApp().requestJira(route`/rest/api/3/search/jql${qs}`);',
        '}',
        'export async function run(event) {',
        '  await search(event.query);',
        '  await find(`?jql=${encodeURIComponent(event.jql)}`);',
        '  const qs = new URLSearchParams({ jql: event.jql }).toString();',
        '  await api.asApp().requestJira(route`/rest/api/3/search/jql?${qs}&maxResults=50`);',
        "  await api.asApp().requestJira(route`/rest/api/3/field/search${event.all ? '' : `?type=custom&${qs}`}`);",
        "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}${event.fields ? `?fields=${event.fields}` : ''}`);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.path} ${c.scopes?.operation ?? null}`), [
      '3 /rest/api/3/search/jql searchAndReconsileIssuesUsingJql',
      '10 /rest/api/3/search/jql?jql={} searchAndReconsileIssuesUsingJql',
      '12 /rest/api/3/search/jql?maxResults=50 searchAndReconsileIssuesUsingJql',
      '13 /rest/api/3/field/search getFieldsPaginated',
      '13 /rest/api/3/field/search?type=custom getFieldsPaginated',
      '14 /rest/api/3/issue/{}?fields={} getIssue',
      '14 /rest/api/3/issue/{} getIssue',
    ]);
  });
});
