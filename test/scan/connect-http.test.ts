import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'], lifecycle: { installed: '/installed' }, modules: {} });

// A back end without atlassian-connect-express: it keeps each installation and signs its own requests.
const server = [
  "const request = require('request');",
  "const axios = require('axios');",
  "const jwt = require('atlassian-jwt');",
  'const sign = (i) => jwt.encode({ iss: i.key, aud: i.clientKey }, i.sharedSecret);',
  'function spaces(installation, cb) {',
  '  const options = { url: `${installation.baseUrl}/wiki/rest/api/space?type=personal`, headers: { Authorization: `JWT ${sign(installation)}` } };',
  '  request.get(options, (err, res, body) => cb(body));',
  '}',
  'async function comment(tenant, key, text) {',
  '  await axios.post(`${tenant.url}/rest/api/3/issue/${key}/comment`, { body: text }, { headers: { Authorization: `JWT ${sign(tenant)}` } });',
  '  await axios.post(`${tenant.webhookUrl}/hooks/notify`, { key });',
  '}',
  'module.exports = { spaces, comment };',
].join('\n');

describe('a Connect back end calling the product with an HTTP client of its own', () => {
  it('makes product REST calls to the base URL the installation gave it, not egress', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{}', 'server.js': server });
    assert.deepEqual(facts.restCalls.map((c) => [c.product, c.method, c.path, c.auth, at(c.evidence)]), [
      ['confluence', 'GET', '/wiki/rest/api/space?type=personal', 'connect', 'server.js:7'],
      ['jira', 'POST', '/rest/api/3/issue/{}/comment', 'connect', 'server.js:10'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, at(c.evidence)]), [['POST', '{}/hooks/notify', 'server.js:11']]);
  });

  it('in a Forge app, such a request is egress to whatever the base URL is', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'package.json': '{}', 'src/index.js': server });
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, at(c.evidence)]), [
      ['GET', '{}/wiki/rest/api/space?type=personal', 'src/index.js:7'],
      ['POST', '{}/rest/api/3/issue/{}/comment', 'src/index.js:10'],
      ['POST', '{}/hooks/notify', 'src/index.js:11'],
    ]);
  });
});
