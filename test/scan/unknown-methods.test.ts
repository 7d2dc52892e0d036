import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, panelManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import { fetch } from '@forge/api';",
  "import { kvs } from '@forge/kvs';",
  "import axios from 'axios';",
  '',
  'async function send(url, options = {}) {',
  '  return fetch(url, { method: options.method, body: options.body });',
  '}',
  '',
  'export async function run(event) {',
  "  const hook = await kvs.get('outgoing-webhook');",
  '  await fetch(hook.url, { method: hook.method, body: JSON.stringify(event) });',
  "  await axios({ url: 'https://sync.example.com/items', method: process.env.SYNC_METHOD });",
  "  await send('https://a.example.com/items', { method: 'PUT', body: 'x' });",
  "  await send('https://b.example.com/items', {});",
  "  await send('https://c.example.com/items');",
  '}',
  '',
].join('\n');

describe('the method of an outgoing request', () => {
  it('is unknown, not GET, when the code names one not known before run time; a helper’s is its callers’, GET when they give none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app', '  external:', '    fetch:', '      backend:', "        - '*.example.com'"),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/kvs': '^1.0.0', axios: '^1.7.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.host, c.evidence.line]), [
      ['PUT', 'a.example.com', 13],
      ['GET', 'b.example.com', 14],
      ['GET', 'c.example.com', 15],
      [null, null, 11],
      [null, 'sync.example.com', 12],
    ]);
  });
});

describe('the method of a product request', () => {
  it('is open when the options name one the front end chooses, GET only when they name none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'write:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/resolver': '^1.6.0' } }),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import api, { route } from '@forge/api';",
        'const resolver = new Resolver();',
        "resolver.define('proxy', async ({ payload }) => {",
        '  const res = await api.asApp().requestJira(route(payload.path), { method: payload.verb.toUpperCase(), body: JSON.stringify(payload.body) });',
        '  return res.json();',
        '});',
        "resolver.define('read', async ({ payload }) => (await api.asApp().requestJira(route(payload.path))).json());",
        "resolver.define('issue', async ({ payload }) => api.asUser().requestJira(route`/rest/api/3/issue/${payload.key}`, { method: payload.method }));",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    const calls = [...facts.restCalls, ...facts.unresolvedRestCalls].map((c) => [c.method, c.path, c.openMethod ?? false, c.evidence.line]);
    assert.deepEqual(calls.sort((a, b) => Number(a[3]) - Number(b[3])), [
      ['GET', null, true, 5],
      ['GET', null, false, 8],
      ['GET', '/rest/api/3/issue/{}', true, 9],
    ]);
  });
});

describe('the method of a product request, chosen among known ones', () => {
  it('is open when a name not known before run time falls back on one, one call each for a condition of two, the one a constant map gives', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'write:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/resolver': '^1.6.0' } }),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import api, { route } from '@forge/api';",
        "const READS = { issue: 'GET', project: 'GET' };",
        "const WRITES = { create: 'POST', edit: 'PUT' };",
        'const resolver = new Resolver();',
        "resolver.define('a', async ({ payload }) => api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`, { method: payload.method ?? 'GET' }));",
        "resolver.define('b', async ({ payload }) => api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`, { method: payload.update ? 'PUT' : 'POST', body: '{}' }));",
        "resolver.define('c', async ({ payload }) => api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`, { method: READS[payload.kind] }));",
        "resolver.define('d', async ({ payload }) => api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`, { method: WRITES[payload.kind], body: '{}' }));",
        "resolver.define('e', async ({ payload }) => api.asApp().__requestAtlassian(route`/jira/builds/0.1/cloud/${payload.cloud}/bulk`, { method: payload.verb }));",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    const calls = [...facts.restCalls, ...facts.unresolvedRestCalls].map((c) => [c.method, c.openMethod ?? false, c.evidence.line]);
    assert.deepEqual(calls.sort((a, b) => Number(a[2]) - Number(b[2])), [
      ['GET', true, 6],
      ['PUT', false, 7],
      ['POST', false, 7],
      ['GET', false, 8],
      ['POST', false, 9],
      ['PUT', false, 9],
      ['GET', true, 10],
    ]);
  });
});

describe('the method of a product request a parameter names that no caller the scan sees gives', () => {
  it('is open, through a function handed to a module’s setter or a caller handing on its own parameter; GET when a caller gives none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'write:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/resolver': '^1.6.0' } }),
      'lib/transport.js': [
        'let send;',
        'module.exports.useSender = (fn) => send = fn;',
        'module.exports.request = async (path, verb, body) => send(path, verb, body);',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import api, { route } from '@forge/api';",
        "const transport = require('../lib/transport');",
        'transport.useSender(async (path, verb, body) => {',
        '  const res = await api.asApp().requestJira(route(path), { method: verb.toUpperCase(), body: JSON.stringify(body) });',
        '  return res.json();',
        '});',
        'async function jira(path, verb) {',
        '  return api.asApp().requestJira(route(path), { method: verb });',
        '}',
        'export async function relay(path, verb) {',
        '  return jira(path, verb);',
        '}',
        'const resolver = new Resolver();',
        "resolver.define('me', async () => jira('/rest/api/3/myself'));",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    const calls = [...facts.restCalls, ...facts.unresolvedRestCalls].map((c) => [c.method, c.path, c.openMethod ?? false, c.evidence.line]);
    assert.deepEqual(calls.sort((a, b) => Number(a[3]) - Number(b[3])), [
      ['GET', null, true, 5],
      ['GET', null, true, 9],
      ['GET', '/rest/api/3/myself', false, 15],
    ]);
  });
});
