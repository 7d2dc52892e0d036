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

describe('product clients built or handed over by the app’s functions', () => {
  it('follows a client chosen at run time (`(asUser ? api.asUser() : api.asApp())`) through a request helper the function declares, per call of it, as the app when every caller leaves the flag to its default', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work'),
      'src/index.js': lines(
        "import api, { route } from '@forge/api';",
        'function jiraAccess(asUser = false) {',
        '  const request = async (path, options = {}) => {',
        '    const response = await (asUser ? api.asUser() : api.asApp()).requestJira(path, options);',
        '    return response.json();',
        '  };',
        '  return {',
        '    readIssue: (key) => request(route`/rest/api/3/issue/${key}`),',
        "    write: (key, fields) => request(route`/rest/api/3/issue/${key}`, { method: 'PUT', body: JSON.stringify({ fields }) }),",
        '  };',
        '}',
        'export async function run(event) {',
        '  const jira = jiraAccess();',
        '  await jira.write(event.key, await jira.readIssue(event.key));',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth })), [
      { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}', at: 'src/index.js:8', via: 'src/index.js:4', auth: 'asApp' },
      { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/{}', at: 'src/index.js:9', via: 'src/index.js:4', auth: 'asApp' },
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('follows the functions of an object a factory returns (`makeClient(api.asUser()).get(path)`) and a client handed to a helper', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:confluence-content.all'),
      'src/client.js': lines(
        "import { assumeTrustedRoute } from '@forge/api';",
        'export function makeClient(requester) {',
        '  return {',
        '    get: (p) => requester.requestJira(assumeTrustedRoute(p)),',
        '  };',
        '}',
        'export async function getJson(requester, path) {',
        '  return (await requester.requestConfluence(path)).json();',
        '}',
      ),
      'src/index.js': lines(
        "import api, { route } from '@forge/api';",
        "import { makeClient, getJson } from './client';",
        'export async function run(event) {',
        '  const jira = makeClient(api.asUser());',
        "  await jira.get('/rest/api/3/project/search');",
        '  await getJson(api.asApp(), route`/wiki/api/v2/pages/${event.id}`);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth })), [
      { product: 'jira', method: 'GET', path: '/rest/api/3/project/search', at: 'src/index.js:5', via: 'src/client.js:4', auth: 'asUser' },
      { product: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/{}', at: 'src/index.js:6', via: 'src/client.js:8', auth: 'asApp' },
    ]);
  });

  it('leaves a client nothing names alone: a method called on a parameter that is not a product request', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': lines('export async function run(client, path) {', '  return client.request(path);', '}'),
    });
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});

describe('paths built in steps', () => {
  it('keeps the path of a route given one of two queries, or with a query appended (`url += …`, `url = \\`${url}&…\\``)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - delete:build-info:jira', '    - read:jira-work'),
      'src/index.js': lines(
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        '  let target;',
        '  if (event.uuid) target = route`/rest/builds/0.1/bulkByProperties?uuid=${event.uuid}`;',
        '  else target = route`/rest/builds/0.1/bulkByProperties?cloudId=${event.cloudId}`;',
        "  await api.asApp().requestJira(target, { method: 'DELETE' });",
        '  let url = `/jira/builds/0.1/cloud/${event.cloudId}/bulkByProperties?cloudId=${event.cloudId}`;',
        '  if (event.uuid) url += `&uuid=${event.uuid}`;',
        "  await api.asApp().__requestAtlassian(url, { method: 'DELETE' });",
        '  let search = route`/rest/api/3/search/jql?jql=${event.jql}`;',
        '  if (event.token) search = `${search}&nextPageToken=${event.token}`;',
        '  await api.asApp().requestJira(search);',
        '  let other = route`/rest/api/3/project/search`;',
        '  if (event.issue) other = route`/rest/api/3/issue/${event.issue}`;',
        '  await api.asApp().requestJira(other);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.scopes?.operation}`), [
      'DELETE /rest/builds/0.1/bulkByProperties deleteBuildsByProperty',
      'DELETE /jira/builds/0.1/cloud/{}/bulkByProperties?cloudId={} deleteBuildsByProperty',
      'GET /rest/api/3/search/jql?jql={} searchAndReconsileIssuesUsingJql',
      // Two different paths: one call for each, not a guess at either.
      'GET /rest/api/3/project/search searchProjects',
      'GET /rest/api/3/issue/{} getIssue',
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});

describe('helpers that take their request as an object (`callApi({ requestUrl, method, body })`)', () => {
  it('read a property of the request parameter (`req.path`, `req.method`) as the callers’ objects give it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - write:jira-work', '    - read:jira-user'),
      'src/index.js': lines(
        "import api, { assumeTrustedRoute } from '@forge/api';",
        'async function request(req) {',
        '  return api.asApp().requestJira(assumeTrustedRoute(req.path), { method: req.method, body: req.body });',
        '}',
        'export async function run(event) {',
        "  await request({ method: 'PUT', path: `/rest/api/3/issue/${event.key}`, body: '{}' });",
        "  await request({ path: '/rest/api/3/myself' });",
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map(rest), [
      { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/{}', at: 'src/index.js:6', via: 'src/index.js:3' },
      { product: 'jira', method: 'GET', path: '/rest/api/3/myself', at: 'src/index.js:7', via: 'src/index.js:3' },
    ]);
  });

  it('fill each named property from the objects their callers pass, through helpers that pass them on', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work'),
      'src/jira.js': lines(
        "import api, { route } from '@forge/api';",
        'const callApi = async ({ requestUrl, method, body }) =>',
        '  api.asApp().requestJira(requestUrl, { method, body: body ? JSON.stringify(body) : undefined });',
        "const get = ({ requestUrl }) => callApi({ requestUrl, method: 'GET' });",
        "const post = ({ requestUrl, body }) => callApi({ requestUrl, method: 'POST', body });",
        'export const getIssue = (key) => get({ requestUrl: route`/rest/api/3/issue/${key}` });',
        'export const transition = (key, id) => post({ requestUrl: route`/rest/api/3/issue/${key}/transitions`, body: { transition: { id } } });',
      ),
      'src/index.js': lines(
        "import { getIssue, transition } from './jira';",
        'export async function run(event) {',
        '  await getIssue(event.key);',
        "  await transition(event.key, '31');",
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map(rest), [
      { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}', at: 'src/jira.js:6', via: 'src/jira.js:3' },
      { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/transitions', at: 'src/jira.js:7', via: 'src/jira.js:3' },
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});

describe('clients made with a base URL', () => {
  it('follow a class’s base URL field and a factory’s base parameter to the hosts and paths of each call', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - hooks.example.org'),
      'src/config.js': lines("export const API_URL = 'https://api.example.com';", "export default { hooks: 'https://hooks.example.org/v1' };"),
      'src/client.js': lines(
        "import { fetch } from '@forge/api';",
        "import config, { API_URL } from './config';",
        'export class ApiClient {',
        '  baseUrl = API_URL;',
        '  constructor(token, hooks) { this.token = token; this.hooks = config.hooks; this.other = hooks; }',
        '  request(method, path) { return fetch(`${this.baseUrl}${path}`, { method, headers: { Authorization: this.token } }); }',
        '  ping() { return fetch(`${this.hooks}/ping`); }',
        '  elsewhere() { return fetch(`${this.other}/x`); }',
        '}',
        'export function createClient(base) {',
        '  return {',
        '    get: (p) => fetch(base + p),',
        "    post: (p, body) => fetch(base + p, { method: 'POST', body }),",
        '  };',
        '}',
      ),
      'src/index.js': lines(
        "import { ApiClient, createClient } from './client';",
        "import { API_URL } from './config';",
        'export async function run(event) {',
        '  const c = new ApiClient(event.token, event.hooks);',
        "  await c.request('PUT', '/items/1');",
        '  await c.ping();',
        '  await c.elsewhere();',
        '  const api = createClient(API_URL);',
        "  await api.get('/status');",
        '  await api.post(\'/events\', JSON.stringify(event));',
        '}',
      ),
    });
    assert.deepEqual(facts.egress.calls.map(egress), [
      { client: 'api.fetch', method: 'PUT', url: 'https://api.example.com/items/1', at: 'src/index.js:5', via: 'src/client.js:6' },
      { client: 'api.fetch', method: 'GET', url: 'https://hooks.example.org/v1/ping', at: 'src/client.js:7', via: null },
      // The constructor's own parameter: not a value of the module.
      { client: 'api.fetch', method: 'GET', url: '{}/x', at: 'src/client.js:8', via: null },
      { client: 'api.fetch', method: 'GET', url: 'https://api.example.com/status', at: 'src/index.js:9', via: 'src/client.js:12' },
      { client: 'api.fetch', method: 'POST', url: 'https://api.example.com/events', at: 'src/index.js:10', via: 'src/client.js:13' },
    ]);
  });
});

describe('options a helper passes on without some of their properties (`const { asUser, ...rest } = options`)', () => {
  it('still bring the method each caller gives, and the principal each chooses', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work'),
      'src/index.js': lines(
        "import api, { assumeTrustedRoute } from '@forge/api';",
        'async function jira(path, options = {}) {',
        '  const client = options.asUser ? api.asUser() : api.asApp();',
        '  const { asUser, ...requestOptions } = options;',
        "  return client.requestJira(assumeTrustedRoute(path), { headers: { Accept: 'application/json' }, ...requestOptions });",
        '}',
        'export async function run(event) {',
        "  await jira(`/rest/api/3/issue/${event.key}/worklog`, { method: 'POST', body: '{}', asUser: true });",
        "  await jira('/rest/api/3/field', { asUser: true });",
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth })), [
      { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/worklog', at: 'src/index.js:8', via: 'src/index.js:5', auth: 'asUser' },
      { product: 'jira', method: 'GET', path: '/rest/api/3/field', at: 'src/index.js:9', via: 'src/index.js:5', auth: 'asUser' },
    ]);
  });
});

describe('a Connect page’s request helper (`AP.request({ url, type: method })`)', () => {
  it('takes the method each caller gives', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'x', name: 'X', baseUrl: 'https://x.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'], modules: {} }),
      'js/app.js': lines(
        'function request(url, method, data) {',
        "  return AP.request({ url, type: method, data: JSON.stringify(data), contentType: 'application/json' });",
        '}',
        "request('/rest/api/3/issue/X-1/properties/p', 'PUT', { a: 1 });",
        "request('/rest/api/3/myself', 'GET');",
      ),
    });
    assert.deepEqual(facts.restCalls.map(rest), [
      { product: 'jira', method: 'PUT', path: '/rest/api/3/issue/X-1/properties/p', at: 'js/app.js:4', via: 'js/app.js:2' },
      { product: 'jira', method: 'GET', path: '/rest/api/3/myself', at: 'js/app.js:5', via: 'js/app.js:2' },
    ]);
  });
});

describe('a service class handed its product client', () => {
  it('is followed from its constructor’s parameter, through instances a factory builds or the module exports', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user'),
      'src/service.js': lines(
        "import api, { assumeTrustedRoute } from '@forge/api';",
        'export class JiraService {',
        '  constructor(requester) { this.requester = requester; }',
        '  async get(path) {',
        '    return (await this.requester.requestJira(assumeTrustedRoute(path))).json();',
        '  }',
        '  getIssue(key) { return this.get(`/rest/api/3/issue/${key}`); }',
        '}',
        'export function createService(asUser) {',
        '  return new JiraService(asUser ? api.asUser() : api.asApp());',
        '}',
        'export const jiraService = new JiraService(api.asApp());',
      ),
      'src/index.js': lines(
        "import { createService, jiraService } from './service';",
        'export async function run(event) {',
        '  const svc = createService(true);',
        '  await svc.getIssue(event.key);',
        "  await svc.get('/rest/api/3/myself');",
        "  await jiraService.get('/rest/api/3/project/search');",
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth })), [
      { product: 'jira', method: 'GET', path: '/rest/api/3/myself', at: 'src/index.js:5', via: 'src/service.js:5', auth: 'unknown' },
      { product: 'jira', method: 'GET', path: '/rest/api/3/project/search', at: 'src/index.js:6', via: 'src/service.js:5', auth: 'unknown' },
      { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}', at: 'src/service.js:7', via: 'src/service.js:5', auth: 'unknown' },
    ]);
    assert.deepEqual(facts.scopes.unused, []);
  });
});

describe('a path chosen between routes (`query ? route`…/user/search?…` : route`…/users/search``)', () => {
  it('gives one call per route, also when a helper’s caller chooses it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-user'),
      'src/index.js': lines(
        "import api, { route, assumeTrustedRoute } from '@forge/api';",
        'const jira = (path) => api.asUser().requestJira(assumeTrustedRoute(path));',
        'export async function run(event) {',
        '  const path = event.query',
        '    ? `/rest/api/3/user/search?query=${event.query}`',
        "    : '/rest/api/3/users/search';",
        '  await jira(path);',
        '  await api.asUser().requestJira(event.id ? route`/rest/api/3/user?accountId=${event.id}` : route`/rest/api/3/myself`);',
        '  await api.asUser().requestJira(event.raw ? route`${event.raw}` : route`/rest/api/3/myself`);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.path} ${at(c.evidence)}`), [
      '/rest/api/3/user/search?query={} src/index.js:7',
      '/rest/api/3/users/search src/index.js:7',
      '/rest/api/3/user?accountId={} src/index.js:8',
      '/rest/api/3/myself src/index.js:8',
      '/rest/api/3/myself src/index.js:9',
    ]);
    // The other route of line 9 is fully dynamic: that call stays unresolved.
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => at(c.evidence)), ['src/index.js:9']);
  });
});

describe('a product method chosen at run time (`api.asApp()[fn](path)`)', () => {
  it('is a REST call whose product only its path tells', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:confluence-content.all'),
      'src/index.js': lines(
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        "  const fn = event.jira ? 'requestJira' : 'requestConfluence';",
        '  await api.asApp()[fn](route`/rest/api/3/project/search`);',
        '  await api.asUser()[event.method](route`/items/${event.id}`);',
        '}',
      ),
    });
    assert.deepEqual(facts.restCalls.map((c) => ({ ...rest(c), auth: c.auth })), [
      { product: 'jira', method: 'GET', path: '/rest/api/3/project/search', at: 'src/index.js:4', via: null, auth: 'asApp' },
      { product: 'unknown', method: 'GET', path: '/items/{}', at: 'src/index.js:5', via: null, auth: 'asUser' },
    ]);
    // The second call may need any product's scopes: none is reported unused.
    assert.deepEqual(facts.scopes.unused, []);
  });
});
