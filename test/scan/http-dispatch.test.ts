import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EgressCall, Evidence, RestCall } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);
const rest = (c: RestCall) => ({ product: c.product, method: c.method, path: c.path, at: at(c.evidence), via: at(c.via) });
const egress = (c: EgressCall) => ({ client: c.client, method: c.method, url: c.url, at: at(c.evidence), via: at(c.via) });
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('requests whose client method is chosen by a computed name', () => {
  it('follows a constant name (`api.asApp()[fn]`) as the method it names', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.js': lines(
        "import api, { route } from '@forge/api';",
        "const fn = 'requestJira';",
        'export async function run() {',
        '  return api.asApp()[fn](route`/rest/api/3/project/search`);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map(rest), [{ product: 'jira', method: 'GET', path: '/rest/api/3/project/search', at: 'src/index.js:4', via: null }]);
  });

  it('gives `http[method.toLowerCase()](path)` in a helper the method and path of each caller, and no method where it is chosen at run time', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - hooks.example.org'),
      'package.json': '{"name":"x","dependencies":{"axios":"^1.7.0"}}',
      'src/http.js': lines(
        "import axios from 'axios';",
        "const http = axios.create({ baseURL: 'https://api.example.com/v1' });",
        'export async function call(method, path, data) {',
        '  return (await http[method.toLowerCase()](path, data)).data;',
        '}',
        'export class Client {',
        "  constructor() { this.client = axios.create({ baseURL: 'https://api.example.com' }); }",
        '  send(verb, url, body) { return this.client[verb](url, body); }',
        '}',
      ),
      'src/index.js': lines(
        "import axios from 'axios';",
        "import { call, Client } from './http';",
        'export async function run(event) {',
        "  await call('PUT', '/items/1', { a: 1 });",
        "  await call('GET', '/items');",
        "  await new Client().send('post', '/things', { b: 2 });",
        "  const method = event.id ? 'put' : 'post';",
        "  await axios[method]('https://hooks.example.org/x', event);",
        '}',
      ),
    });
    assert.deepEqual(facts.egress.calls.map(egress), [
      { client: 'axios', method: 'PUT', url: 'https://api.example.com/v1/items/1', at: 'src/index.js:4', via: 'src/http.js:4' },
      { client: 'axios', method: 'GET', url: 'https://api.example.com/v1/items', at: 'src/index.js:5', via: 'src/http.js:4' },
      { client: 'axios', method: 'POST', url: 'https://api.example.com/things', at: 'src/index.js:6', via: 'src/http.js:8' },
      { client: 'axios', method: null, url: 'https://hooks.example.org/x', at: 'src/index.js:8', via: null },
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});

describe('requests to the Atlassian API gateway (`__requestAtlassian`)', () => {
  it('are REST calls to Jira Software’s DevOps APIs, needing the scopes of the operation the gateway path stands for', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - write:build-info:jira', '    - read:build-info:jira', '    - read:jira-work'),
      'src/index.js': lines(
        "import api, { route, __requestAtlassianAsApp } from '@forge/api';",
        'export async function run(request) {',
        '  const { cloudId, builds } = JSON.parse(request.body);',
        '  await global.api.asApp().__requestAtlassian(`/jira/builds/0.1/cloud/${cloudId}/bulk`, { method: \'POST\', body: JSON.stringify({ builds }) });',
        '  await api.asApp().__requestAtlassian(route`/jira/builds/0.1/cloud/${cloudId}/pipelines/${builds[0].id}/builds/1`);',
        "  await __requestAtlassianAsApp(`/jira/devinfo/0.1/cloud/${cloudId}/repository/r1`, { method: 'DELETE' });",
        "  await api.asApp().__requestAtlassian('/graphql', { method: 'POST', body: '{}' });",
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth, operation: c.scopes?.operation ?? null })), [
      { product: 'jira-software', method: 'POST', path: '/jira/builds/0.1/cloud/{}/bulk', at: 'src/index.js:4', via: null, auth: 'asApp', operation: 'submitBuilds' },
      { product: 'jira-software', method: 'GET', path: '/jira/builds/0.1/cloud/{}/pipelines/{}/builds/1', at: 'src/index.js:5', via: null, auth: 'asApp', operation: 'getBuildByKey' },
      { product: 'jira-software', method: 'DELETE', path: '/jira/devinfo/0.1/cloud/{}/repository/r1', at: 'src/index.js:6', via: null, auth: 'asApp', operation: 'deleteRepository' },
      { product: 'graph', method: 'POST', path: '/graphql', at: 'src/index.js:7', via: null, auth: 'asApp', operation: null },
    ]);
    assert.deepEqual(facts.scopes.missing.map((m) => m.scope), ['delete:dev-info:jira']);
    // A GraphQL query may need any product scope: none is reported unused.
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
  });
});

describe('methods and bases kept in another module', () => {
  const config = lines(
    "export const API_BASE = 'https://api.example.com/v1';",
    "export const ENDPOINTS = { issue: { method: 'PUT', path: '/rest/api/3/issue/' }, search: { method: 'POST', path: '/rest/api/3/search/jql' } };",
  );

  it('takes a request’s method from an imported constant, directly or through a helper', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work'),
      'src/config.js': config,
      'src/index.js': lines(
        "import api, { route, assumeTrustedRoute } from '@forge/api';",
        "import { ENDPOINTS } from './config';",
        'async function jira(path, method) {',
        '  return api.asApp().requestJira(assumeTrustedRoute(path), { method });',
        '}',
        'export async function run(event) {',
        '  await api.asApp().requestJira(route`${ENDPOINTS.issue.path}${event.key}`, { method: ENDPOINTS.issue.method, body: \'{}\' });',
        '  await jira(ENDPOINTS.search.path, ENDPOINTS.search.method);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map(rest), [
      { product: 'jira', method: 'POST', path: '/rest/api/3/search/jql', at: 'src/index.js:8', via: 'src/index.js:4' },
      { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/{}', at: 'src/index.js:7', via: null },
    ]);
  });

  it('joins `new URL(\'/path\', base)` to the origin of an imported base, as URL does', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com'),
      'src/config.js': config,
      'src/index.js': lines(
        "import { fetch } from '@forge/api';",
        "import { API_BASE } from './config';",
        'export async function run() {',
        "  await fetch(new URL('/v2/status', API_BASE));",
        "  await fetch(new URL('/v2/status', API_BASE + '/x').toString());",
        '}',
      ),
    });
    assert.deepEqual(facts.egress.calls.map((c) => c.url), ['https://api.example.com/v2/status', 'https://api.example.com/v2/status']);
  });
});
