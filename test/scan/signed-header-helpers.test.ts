import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'com.example.threads', baseUrl: 'https://threads.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
const pkg = JSON.stringify({ type: 'module', dependencies: { 'atlassian-jwt': '^2.0.3', undici: '^6.19.2', express: '^4.19.2' } });

describe('a request to the installing site whose header another module\'s function makes', () => {
  it('answers with the product\'s content when that function signs with Connect\'s JWT, and with nothing of it when it sends a bearer token', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg,
      'src/auth.js': [
        "import * as jwt from 'atlassian-jwt';",
        'export function signedHeaders(tenant, method, path) {',
        "  const token = jwt.encodeSymmetric({ iss: 'com.example.threads', qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl(method, path)) }, tenant.sharedSecret);",
        "  return { Authorization: `JWT ${token}`, Accept: 'application/json' };",
        '}',
        'export function serviceHeaders() {',
        '  return { Authorization: `Bearer ${process.env.SERVICE_TOKEN}` };',
        '}',
      ].join('\n'),
      'src/jira.js': [
        "import { request } from 'undici';",
        "import { signedHeaders, serviceHeaders } from './auth.js';",
        'async function jiraGet(tenant, path) {',
        "  const { body } = await request(`${tenant.baseUrl}${path}`, { method: 'GET', headers: { ...signedHeaders(tenant, 'GET', path), 'X-Trace': '1' } });",
        '  return body.json();',
        '}',
        'export async function comments(tenant, key) {',
        '  return jiraGet(tenant, `/rest/api/3/issue/${key}/comment`);',
        '}',
        'export async function stats(tenant, key) {',
        "  const { body } = await request(`${tenant.baseUrl}/api/stats/${key}`, { method: 'GET', headers: serviceHeaders() });",
        '  return body.json();',
        '}',
      ].join('\n'),
      'src/server.js': [
        "import express from 'express';",
        "import { comments, stats } from './jira.js';",
        'const app = express();',
        "app.get('/thread', async (req, res) => {",
        '  const thread = await comments(req.tenant, req.query.key);',
        "  console.log('thread', thread);",                                   // 6
        '  const counts = await stats(req.tenant, req.query.key);',
        "  console.log('stats', counts);",                                    // 8
        '  res.json({ ok: true });',
        '});',
        'app.listen(3000);',
      ].join('\n'),
    });
    const logged = facts.logs.filter((l) => l.evidence.file === 'src/server.js').map((l) => `${l.evidence.line} ${l.carries.includes('product-content')}`);
    assert.deepEqual(logged, ['6 true', '8 false']);
  });
});
