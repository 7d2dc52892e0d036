import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateFrom } from '../../src/generate/index.ts';
import { parseProfile } from '../../src/profile/load.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'oauth-app', baseUrl: 'https://oauth.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
});
/** What the security statement needs to be written. */
const profile = [
  'version: 1',
  'vendor: { name: Example Sync }',
  'app: { name: Sync for Jira }',
  'contacts: { securityEmail: security@example.com }',
  'security: { encryptionInTransit: TLS 1.2 or higher }',
  'data: [{ category: product-content, description: issues, purpose: copy issues to the user\'s site, storedIn: not-stored }]',
  'scopes: { READ: read the issues the sync copies }',
].join('\n');
const packageJson = JSON.stringify({ dependencies: { express: '^4.0.0', axios: '^1.0.0', 'atlassian-jwt': '^2.0.0' } });

/** A server that calls the products through the API gateway with an OAuth 2.0 (3LO) access token it keeps per user. */
const gatewayServer = [
  "const axios = require('axios');",
  "const express = require('express');",
  "const { tokenFor } = require('./tokens');",
  'const app = express();',
  "app.get('/sync', async (req, res) => {",
  '  const { cloudId, accessToken } = await tokenFor(req.query.user);',
  "  const found = await fetch(`https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/search/jql?jql=x`, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } });",
  "  const pages = await axios.get(`https://api.atlassian.com/ex/confluence/${cloudId}/wiki/api/v2/pages`, { headers: { Authorization: 'Bearer ' + accessToken } });",
  '  await axios.post(`https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/issue`, { fields: {} }, { headers: { Authorization: `Bearer ${accessToken}` } });',
  '  res.json({ found: await found.json(), pages: pages.data });',
  '});',
].join('\n');

describe('an app calling the products through the API gateway with an OAuth 2.0 (3LO) token of its own', () => {
  it('makes oauth REST calls of a Connect app, which neither use nor need its Connect scopes', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': packageJson,
      'src/app.js': "const app = require('express')();\napp.post('/installed', (req, res) => res.sendStatus(204));",
      'src/sync.js': gatewayServer,
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.evidence.line, c.product, c.method, c.path, c.auth]), [
      [7, 'jira', 'GET', '/rest/api/3/search/jql?jql=x', 'oauth'],
      [8, 'confluence', 'GET', '/wiki/api/v2/pages', 'oauth'],
      [9, 'jira', 'POST', '/rest/api/3/issue', 'oauth'],
    ]);
    assert.deepEqual(facts.scopes.needed, []);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unchecked.map((s) => s.scope), ['READ']);
  });

  it('are shown in the security statement with the OAuth scopes the token needs, not Connect\'s', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': packageJson,
      'src/app.js': "const app = require('express')();\napp.post('/installed', (req, res) => res.sendStatus(204));",
      'src/sync.js': gatewayServer,
    });
    const result = await generateFrom(facts, parseProfile(profile), { date: '2026-04-21', documents: ['security'], formats: ['md'] });
    const md = result.files.find((f) => f.path === 'security-statement.md')!.content;
    assert.match(md, /\| `POST \/rest\/api\/3\/issue` \| with an OAuth 2\.0 token the app holds \| `write:jira-work` \|/);
    assert.doesNotMatch(md, /`WRITE`/);
  });

  it('while a Connect app\'s bearer token on the site itself (an act-as-user token) is still Connect\'s', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': packageJson,
      'src/app.js': [
        "const app = require('express')();",
        "app.post('/installed', (req, res) => res.sendStatus(204));",
        "app.get('/me', async (req, res) => {",
        '  const { baseUrl, userToken } = req.body;',
        '  res.json(await (await fetch(`${baseUrl}/rest/api/3/issue/ABC-1`, { method: \'PUT\', headers: { Authorization: `Bearer ${userToken}` } })).json());',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.auth]), [['PUT', 'connect']]);
    assert.deepEqual(facts.scopes.missing.map((s) => s.scope), ['WRITE']);
  });

  it('in a Forge app\'s web server, are oauth calls unless Forge hands its remotes tokens, which are bearer tokens too', async () => {
    const files = (auth: string[]): Record<string, string> => ({
      'manifest.yml': forgeManifest(
        'remotes:', '  - key: backend', '    baseUrl: https://backend.example.com', '    operations:', '      - compute', ...auth,
        'permissions:', '  scopes:', '    - read:jira-work',
      ),
      'package.json': packageJson,
      'src/index.js': "import { invokeRemote } from '@forge/api';\nexport const run = async () => invokeRemote('backend', { path: '/sync' });",
      'server/app.js': gatewayServer,
    });
    const own = await scanFiles(files([]));
    assert.deepEqual(own.facts.restCalls.map((c) => c.auth), ['oauth', 'oauth', 'oauth']);
    assert.deepEqual(own.facts.scopes.missing, []);
    const handed = await scanFiles(files(['    auth:', '      appSystemToken:', '        enabled: true']));
    assert.deepEqual(handed.facts.restCalls.map((c) => c.auth), ['unknown', 'unknown', 'unknown']);
  });

  it('in a Forge function, stay egress to the gateway\'s host, which the manifest must allow', async () => {
    const code = [
      "import { fetch } from '@forge/api';",
      'export async function run(event) {',
      '  const res = await fetch(`https://api.atlassian.com/ex/jira/${event.cloudId}/rest/api/3/myself`, { headers: { Authorization: `Bearer ${event.accessToken}` } });',
      '  return res.json();',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': code });
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.bearerAuth, c.carries]), [['api.atlassian.com', true, ['secret']]]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['api.atlassian.com']);
  });
});
