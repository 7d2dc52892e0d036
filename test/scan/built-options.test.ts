import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest(
  'permissions:', '  scopes:', '    - write:jira-work', '  external:', '    fetch:', '      backend:', '        - https://hooks.example.com',
);
const OPTIONS = [
  "export const post = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });",
  'export function put(body) {',
  "  return { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };",
  '}',
];

describe('request options a function builds (`requestJira(route`…`, put(data))`, `fetch(url, post(data))`)', () => {
  it('of another module: the request is sent with its method, and its body holds what the call is given', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/options.js': OPTIONS.join('\n'),
      'src/index.js': [
        "import api, { fetch, route } from '@forge/api';",
        "import { post, put } from './options';",
        'export const run = async (event, context) => {',
        "  await fetch('https://hooks.example.com/seen', post({ who: context.accountId }));",
        '  await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}/properties/owner`, put({ owner: context.accountId }));',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries]), [['POST', 'https://hooks.example.com/seen', ['account-id']]]);
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path]), [['PUT', '/rest/api/3/issue/{}/properties/owner']]);
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [['owner', ['account-id']]]);
  });

  it('of the module itself', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import api, { fetch, route } from '@forge/api';",
        ...OPTIONS.map((l) => l.replace('export ', '')),
        'export const run = async (event, context) => {',
        "  await fetch('https://hooks.example.com/seen', post({ who: context.accountId }));",
        '  await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}/properties/owner`, put({ owner: context.accountId }));',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries]), [['POST', 'https://hooks.example.com/seen', ['account-id']]]);
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [['owner', ['account-id']]]);
  });
});
