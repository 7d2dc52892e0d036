import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work');
const TABLE = [
  'export const ENDPOINTS = {',
  '  search: route`/rest/api/3/search/jql`,',
  '  issue: (key) => route`/rest/api/3/issue/${key}`,',
  '  comments: function (key) { return route`/rest/api/3/issue/${key}/comment`; },',
  '};',
];
const CALLS = [
  'export const run = async (event) => {',
  "  await api.asApp().requestJira(ENDPOINTS.search, { method: 'POST', body: JSON.stringify({ jql: 'project = A' }) });",
  '  await api.asApp().requestJira(ENDPOINTS.issue(event.issue.key));',
  '  await api.asApp().requestJira(ENDPOINTS.comments(event.issue.key));',
  '};',
];
const EXPECTED = [
  ['POST', '/rest/api/3/search/jql'],
  ['GET', '/rest/api/3/issue/{}'],
  ['GET', '/rest/api/3/issue/{}/comment'],
];

describe('a table of product paths (`ENDPOINTS.search`, `ENDPOINTS.issue(key)`)', () => {
  it('gives the paths of the requests made with its members and with what its functions return', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': ["import api, { route } from '@forge/api';", ...TABLE.map((l) => l.replace('export const', 'const')), ...CALLS].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path]), EXPECTED);
  });

  it('imported from another module', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/endpoints.js': ["import { route } from '@forge/api';", ...TABLE].join('\n'),
      'src/index.js': ["import api from '@forge/api';", "import { ENDPOINTS } from './endpoints';", ...CALLS].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path]), EXPECTED);
  });
});
