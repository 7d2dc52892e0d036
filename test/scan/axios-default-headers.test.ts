import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('an Authorization header set as a default of axios (`axios.defaults.headers.common`)', () => {
  it('goes with every request through that client, set before or after them, and with no other client\'s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - status.example.com'),
      'package.json': JSON.stringify({ dependencies: { axios: '^1.0.0' } }),
      'src/index.js': [
        "import axios from 'axios';",
        "const api = axios.create({ baseURL: 'https://api.example.com/v2' });",
        "const status = axios.create({ baseURL: 'https://status.example.com' });",
        'export async function run(event) {',
        "  const items = await api.get('/items');",
        "  await status.post('/ping', { at: 1 });",
        "  await axios.get('https://status.example.com/health');",
        '  return items.data;',
        '}',
        'export function signIn(token) {',
        '  api.defaults.headers.common.Authorization = `Bearer ${token}`;',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries, c.bearerAuth]), [
      [5, ['secret'], true],
      [6, ['literal'], undefined],
      [7, ['literal'], undefined],
    ]);
  });

  it('makes axios\'s own requests to the product with a user\'s API token, and an instance\'s through the API gateway with an OAuth 2.0 token', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({
        key: 'defaults-app', baseUrl: 'https://defaults.example.com', authentication: { type: 'jwt' },
        lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
      }),
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0', axios: '^1.0.0' } }),
      'src/app.js': [
        "const axios = require('axios');",
        "const express = require('express');",
        'const app = express();',
        "app.post('/installed', (req, res) => res.sendStatus(204));",
        "const jira = axios.create({ baseURL: 'https://api.atlassian.com/ex/jira/5e1b2c4d-0000-4a43-9d3e-0b7a2f3f6b13' });",
        "app.post('/sync', async (req, res) => {",
        "  axios.defaults.headers.common['Authorization'] = 'Basic ' + Buffer.from(`${req.body.email}:${req.body.apiToken}`).toString('base64');",
        "  jira.defaults.headers.common['Authorization'] = `Bearer ${req.body.accessToken}`;",
        '  await axios.get(`https://${req.body.site}.atlassian.net/rest/api/3/myself`);',
        "  await jira.get('/rest/api/3/project');",
        '  res.sendStatus(204);',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.evidence.line, c.method, c.path, c.auth]), [
      [9, 'GET', '/rest/api/3/myself', 'api-token'],
      [10, 'GET', '/rest/api/3/project', 'oauth'],
    ]);
    assert.deepEqual(facts.scopes.needed, []);
  });
});

describe('an Authorization header axios sends as a whole object or from a request interceptor', () => {
  it('goes with the requests through the client it is set on; a response interceptor\'s or another function\'s headers do not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - status.example.com', '        - hooks.example.com'),
      'package.json': JSON.stringify({ dependencies: { axios: '^1.0.0' } }),
      'src/index.js': [
        "import axios from 'axios';",
        "import { storage } from '@forge/api';",
        "const api = axios.create({ baseURL: 'https://api.example.com' });",
        "const status = axios.create({ baseURL: 'https://status.example.com' });",
        "const hooks = axios.create({ baseURL: 'https://hooks.example.com' });",
        'api.interceptors.request.use(async (config) => {',
        "  const token = await storage.getSecret('api-token');",
        '  config.headers.Authorization = `Bearer ${token}`;',
        '  return config;',
        '});',
        'status.interceptors.response.use((response) => {',
        "  response.headers.Authorization = 'redacted';",
        '  return response;',
        '});',
        'hooks.defaults.headers = { Authorization: `Basic ${process.env.HOOKS_TOKEN}` };',
        'function withAuth(config, token) {',
        '  config.headers.Authorization = `Bearer ${token}`;',
        '}',
        'export async function run(event) {',
        "  await api.get('/items');",
        "  await status.get('/health');",
        "  await hooks.post('/fired', { at: 1 });",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries, c.bearerAuth ?? c.basicAuth ?? null]), [
      [20, ['secret'], true],
      [21, ['literal'], null],
      [22, ['secret'], true],
    ]);
  });
});

describe('an Authorization header axios sends, set in another module', () => {
  const manifest = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - status.example.com');
  const dependencies = JSON.stringify({ dependencies: { axios: '^1.0.0' } });

  it("on axios itself in a setup module, goes with axios's requests in the modules run with it, not in another function's", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest.replace('  function:\n', '  function:\n    - key: ping\n      handler: ping.run\n'),
      'package.json': dependencies,
      'src/setup-axios.js': ["import axios from 'axios';", "axios.defaults.headers.common['Authorization'] = `Bearer ${process.env.API_TOKEN}`;"].join('\n'),
      'src/items.js': ["import axios from 'axios';", "export const items = async () => (await axios.get('https://api.example.com/items')).data;"].join('\n'),
      'src/index.js': ["import './setup-axios';", "import { items } from './items';", 'export async function run(event) {', '  return items();', '}'].join('\n'),
      'src/ping.js': ["import axios from 'axios';", 'export async function run(event) {', "  await axios.get('https://status.example.com/health');", '}'].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.file, c.carries, c.bearerAuth ?? null]), [
      ['src/items.js', ['secret'], true],
      ['src/ping.js', ['literal'], null],
    ]);
  });

  it('on an instance another module exports, made with it, by an interceptor beside it or a setup module given it, goes with every request through it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest.replace('        - status.example.com', '        - status.example.com\n        - hooks.example.com'),
      'package.json': dependencies,
      'src/client.ts': [
        "import axios from 'axios';",
        "const api = axios.create({ baseURL: 'https://api.example.com' });",
        'api.interceptors.request.use((config) => {',
        '  config.headers.Authorization = `Bearer ${process.env.API_TOKEN}`;',
        '  return config;',
        '});',
        'export default api;',
        "export const status = axios.create({ baseURL: 'https://status.example.com' });",
        "export const hooks = axios.create({ baseURL: 'https://hooks.example.com', headers: { Authorization: `Basic ${process.env.HOOKS_KEY}` } });",
      ].join('\n'),
      'src/setup.ts': ["import { status } from './client';", 'export function signIn(token: string) {', '  status.defaults.headers.common.Authorization = `Bearer ${token}`;', '}'].join('\n'),
      'src/index.ts': [
        "import api, { hooks, status } from './client';",
        'export async function run(event) {',
        "  await status.get('/health');",
        "  await hooks.post('/fired', { at: 1 });",
        "  return (await api.get('/items')).data;",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.host, c.carries, c.bearerAuth ? 'bearer' : c.basicAuth ? 'basic' : null]), [
      [3, 'status.example.com', ['secret'], 'bearer'],
      [4, 'hooks.example.com', ['secret'], 'basic'],
      [5, 'api.example.com', ['secret'], 'bearer'],
    ]);
  });
});
