import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const config = [
  "'use strict';",
  'const config = {',
  "  jira: { routes: { search: '/rest/api/3/search/jql', issue: (key) => `/rest/api/3/issue/${key}`, user: (id) => `/rest/api/3/user?accountId=${id}` } },",
  "  keys: { settings: 'settings', pulse: (boardId) => `pulse:${boardId}` },",
  '};',
  'module.exports = config;',
  '',
].join('\n');

const code = [
  "const api = require('@forge/api');",
  "const config = require('./config');",
  'const { routes } = config.jira;',
  'const keys = config.keys;',
  'const LOCAL = { comment: (key) => `/rest/api/3/issue/${key}/comment` };',
  'async function get(path) {',
  '  return api.asApp().requestJira(api.assumeTrustedRoute(path));',
  '}',
  'exports.run = async (event) => {',
  '  await get(routes.search);',
  '  await get(config.jira.routes.issue(event.issue.key));',
  '  await get(routes.user(event.atlassianId));',
  "  await api.asApp().requestJira(api.assumeTrustedRoute(LOCAL.comment(event.issue.key)), { method: 'POST', body: '{}' });",
  '  await api.storage.set(keys.settings, { on: true });',
  '  await api.storage.get(keys.pulse(event.boardId));',
  '};',
  '',
].join('\n');

describe('routes and keys kept in a configuration object', () => {
  it('are found through a local name for part of an imported object and through route builders that are its members', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/config.js': config, 'src/index.js': code });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.line}`), [
      'GET /rest/api/3/search/jql 10',
      'GET /rest/api/3/issue/{} 11',
      'GET /rest/api/3/user?accountId={} 12',
      'POST /rest/api/3/issue/{}/comment 13',
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key}`), ['write settings', 'read pulse:{}']);
  });
});
