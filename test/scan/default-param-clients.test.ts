import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, panelManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a parameter whose default is a request function (`send = requestJira`, `fetcher = fetch`)', () => {
  it('makes the calls through it, with the paths its callers give, when no caller passes another', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'write:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/bridge': '^5.0.0' } }),
      'static/src/client.js': [
        "import { requestJira } from '@forge/bridge';",
        'export async function call(url, init, send = requestJira) {',
        '  const answer = await send(url, init);',
        '  return answer.json();',
        '}',
        'export const load = (url, send) => call(url, undefined, send);',
        "export const store = (url, data, send) => call(url, { method: 'PUT', body: JSON.stringify(data) }, send);",
        '',
      ].join('\n'),
      'static/src/app.js': [
        "import { load, store } from './client';",
        'export async function start(board) {',
        '  const items = await load(`/rest/api/3/issue/${board.key}`);',
        "  await store(`/rest/api/3/issue/${board.key}/properties/seen`, { seen: true });",
        '  return items;',
        '}',
        '',
      ].join('\n'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`), [
      'bridge GET /rest/api/3/issue/{} static/src/app.js:3',
      'bridge PUT /rest/api/3/issue/{}/properties/seen static/src/app.js:4',
    ]);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('is the global fetch for `fetcher = fetch`; a default of the app\'s own function or a string sends nothing', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com'),
      'src/index.js': [
        'const noop = async () => null;',
        "async function post(path, body, fetcher = fetch) {",
        "  return fetcher(`https://api.example.com${path}`, { method: 'POST', body: JSON.stringify(body) });",
        '}',
        "async function quiet(path, send = noop, base = 'https://api.example.com') {",
        '  return send(`${base}${path}`);',
        '}',
        'export async function run(event) {',
        "  await post('/events', { id: event.id });",
        "  await quiet('/never');",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.url} ${c.evidence.line}`), ['fetch POST https://api.example.com/events 9']);
  });
});
