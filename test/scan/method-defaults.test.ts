import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("a request helper's method with a default (`method: config?.method || 'GET'`)", () => {
  it('is the method each caller gives, the default only for callers that give none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '  external:', '    fetch:', '      backend:', '        - https://git.example.com'),
      'src/index.ts': [
        "import api, { fetch, route } from '@forge/api';",
        "enum Verb { GET = 'GET', POST = 'POST' }",
        "const callGit = (path: string, token: string, config?: { method?: Verb }, body?: string) => fetch(`https://git.example.com${path}`, { method: config?.method || Verb.GET, headers: { 'PRIVATE-TOKEN': token }, body });",
        "const jira = (path, options?) => api.asApp().requestJira(path, { ...options, method: options?.method ?? 'GET' });",
        'export async function run(event) {',
        "  await callGit('/api/v4/groups', event.token);",
        "  await callGit(`/api/v4/groups/${event.group}/hooks`, event.token, { method: Verb.POST }, JSON.stringify({ url: event.url }));",
        '  await jira(route`/rest/api/3/issue/${event.key}`);',
        "  await jira(route`/rest/api/3/issue/${event.key}/comment`, { method: 'POST', body: '{}' });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url}`), [
      '6 GET https://git.example.com/api/v4/groups',
      '7 POST https://git.example.com/api/v4/groups/{}/hooks',
    ]);
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.method} ${c.path}`), [
      '8 GET /rest/api/3/issue/{}',
      '9 POST /rest/api/3/issue/{}/comment',
    ]);
    // Commenting needs the write scope the manifest declares: it is used.
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), []);
  });

  it('is the one the caller\'s options spread or merged after it give (`Object.assign({ method: \'GET\' }, opts)`), the named one when they give none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://tasks.example.com'),
      'src/index.js': [
        "const BASE = 'https://tasks.example.com';",
        "const DEFAULTS = { method: 'GET', headers: { Accept: 'application/json' } };",
        "function api(path, opts) { return fetch(BASE + path, Object.assign({ method: 'GET', headers: { Accept: 'application/json' } }, opts)); }",
        "function spread(path, opts) { return fetch(BASE + path, { method: 'GET', ...opts }); }",
        'function merged(path, opts) { return fetch(BASE + path, Object.assign({}, DEFAULTS, opts)); }',
        "function tasks(path, init) { return api(`/v1${path}`, { method: 'GET', ...init }); }",
        'export async function run(event) {',
        "  await api('/tasks', { method: 'POST', body: JSON.stringify(event) });",
        "  await api('/tasks');",
        "  await spread('/tasks/1', { method: 'DELETE' });",
        "  await merged('/tasks/2', { method: 'PUT', body: '{}' });",
        "  await tasks('/tasks/3', { method: 'PATCH', body: '{}' });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url}`).sort(), [
      '10 DELETE https://tasks.example.com/tasks/1',
      '11 PUT https://tasks.example.com/tasks/2',
      '6 PATCH https://tasks.example.com/v1/tasks/3',
      '8 POST https://tasks.example.com/tasks',
      '9 GET https://tasks.example.com/tasks',
    ]);
  });
});
