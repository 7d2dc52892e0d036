import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work');
const app = [
  "import api, { route } from '@forge/api';",
  "import { jira } from './jira';",
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}`);',
  "  await jira('/rest/api/3/issue/A-1/comment');",
  '  return res.json();',
  '}',
].join('\n');
const helper = [
  "import api, { assumeTrustedRoute } from '@forge/api';",
  'export const jira = (path, options) => api.asApp().requestJira(assumeTrustedRoute(path), options);',
].join('\n');
// What a clean app's tests, mocks and scripts do with the APIs it imports: none of it is the app.
const test = [
  "import api, { route, fetch, storage } from '@forge/api';",
  "import { jira } from '../jira';",
  "test('deletes', async () => {",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/A-1`, { method: 'DELETE' });",
  "  await jira('/rest/api/3/project', { method: 'POST', body: '{}' });",
  "  await fetch('https://hooks.example.com/x', { method: 'POST', body: JSON.stringify({ a: 1 }) });",
  "  await storage.set('user', { email: 'a@example.com' });",
  "  console.log('user', { accountId: '1' });",
  '});',
].join('\n');
const spec = "import api, { route } from '@forge/api';\nit('reads', () => api.asUser().requestConfluence(route`/wiki/api/v2/pages`));";
const mock = "const requestJira = jest.fn();\nmodule.exports = { asApp: () => ({ requestJira }), route: (s) => s };\nrequestJira('/rest/api/3/myself');";
const script = "const api = require('@forge/api');\napi.asApp().requestBitbucket(api.route`/2.0/repositories/x`);";

const at = (facts: Facts): string[] => [
  ...facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`),
  ...facts.egress.calls.map((c) => `egress ${c.host} ${c.evidence.file}`),
  ...facts.storage.map((s) => `${s.op} ${s.evidence.file}`),
  ...facts.logs.map((l) => `log ${l.evidence.file}`),
];

describe('tests, mocks and scripts of an app', () => {
  it('give no request, scope, egress, storage or log, not even through a helper of the app they call', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest, 'package.json': '{"dependencies":{"@forge/api":"^5.0.0"}}', 'src/index.js': app, 'src/jira.js': helper,
      'src/__tests__/index.test.js': test, 'src/jira.spec.ts': spec, '__mocks__/@forge/api.js': mock, 'scripts/seed.js': script,
    });
    assert.deepEqual(at(facts), ['GET /rest/api/3/issue/{} src/index.js:4', 'GET /rest/api/3/issue/A-1/comment src/index.js:5']);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.personalData.uses.map((u) => u.evidence.file).filter((f) => f !== 'src/index.js'), []);
  });
});
