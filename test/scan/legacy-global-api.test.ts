import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest(
  'permissions:', '  scopes:', '    - read:jira-work', '    - read:confluence-content.summary',
  '  external:', '    fetch:', '      backend:', '        - https://hooks.example.com',
);
const requests = (facts: Facts): string[][] => facts.restCalls.map((c) => [c.method, c.path!, c.auth, `${c.evidence.file}:${c.evidence.line}`]);
const sent = (facts: Facts): Array<[string | null, string[]]> => facts.egress.calls.map((c) => [c.host, c.carries]);

// Forge's legacy runtime gave functions `@forge/api` as the global `api`: early apps call it with no import.
const legacy = [
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(`/rest/api/3/issue/${event.issue.key}`);',
  "  await api.asUser().requestConfluence('/wiki/rest/api/space');",
  "  await api.fetch('https://hooks.example.com/notify', { method: 'POST', body: JSON.stringify(event) });",
  '  return res.json();',
  '}',
].join('\n');

describe("the global `api` of Forge's legacy runtime", () => {
  it('is @forge/api in a Forge app whose module neither imports nor declares it', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{}', 'src/index.js': legacy });
    assert.deepEqual(requests(facts), [
      ['GET', '/rest/api/3/issue/{}', 'asApp', 'src/index.js:2'],
      ['GET', '/wiki/rest/api/space', 'asUser', 'src/index.js:3'],
    ]);
    assert.deepEqual(sent(facts), [['hooks.example.com', ['resolver-payload']]]);
  });

  it('is no Forge API where the module binds `api` itself, nor in an app that is not Forge', async () => {
    const own = [
      "import { createClient } from './client';",
      'const api = createClient();',
      legacy,
    ].join('\n');
    const client = "export const createClient = () => ({ asApp: () => ({ requestJira: async () => ({ json: async () => ({}) }) }), asUser: () => ({ requestConfluence: async () => null }), fetch: async () => null });";
    const forge = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{}', 'src/index.js': own, 'src/client.js': client });
    assert.deepEqual([requests(forge.facts), sent(forge.facts)], [[], []]);
    const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
    const connect = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{}', 'src/index.js': legacy, 'src/setup.js': "global.api = require('./client');" });
    assert.deepEqual([requests(connect.facts), sent(connect.facts)], [[], []]);
  });

  it('is not read in a test, nor in a file that sets the global `api` itself (a mock)', async () => {
    const mock = [
      'global.api = { asApp: () => ({ requestJira: async () => ({ ok: true }) }) };',
      "export const remove = (key) => api.asApp().requestJira(`/rest/api/3/issue/${key}`, { method: 'DELETE' });",
    ].join('\n');
    const jest = [
      "globalThis['api'] = { asApp: () => ({ requestJira: jest.fn() }) };",
      "test('removes', async () => { await api.asApp().requestJira('/rest/api/3/issue/A-1', { method: 'DELETE' }); });",
    ].join('\n');
    const spec = "test('removes', async () => { await api.asApp().requestJira('/rest/api/3/issue/A-1', { method: 'DELETE' }); });";
    const { facts } = await scanFiles({
      'manifest.yml': manifest, 'package.json': '{}', 'src/index.js': legacy, 'src/helpers/remove.js': mock, 'src/remove.test.js': jest, 'src/__tests__/remove.js': spec,
    });
    assert.deepEqual(requests(facts).map((r) => r[3]), ['src/index.js:2', 'src/index.js:3']);
    assert.deepEqual(facts.scopes.missing.map((s) => s.scope), ['read:confluence-space.summary'], 'that of the app\'s own call only');
  });
});
