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
