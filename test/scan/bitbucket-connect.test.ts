import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookupOperation } from '../../src/scan/scopes/table.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = (scopes: string[]): string => JSON.stringify({
  key: 'review-bot', name: 'Review bot', baseUrl: 'https://review.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes, contexts: ['account'],
  modules: { webhooks: [{ event: 'pullrequest:created', url: '/created' }] },
});

// A server that signs its own Connect JWT and calls Bitbucket's API at its public address.
const server = [
  "const express = require('express');",
  "const jwt = require('atlassian-jwt');",
  "const axios = require('axios');",
  'const app = express();',
  'const installs = new Map();',
  "app.post('/installed', express.json(), (req, res) => { installs.set(req.body.clientKey, req.body); res.sendStatus(204); });",
  'const signed = (install, method, path) => `JWT ${jwt.encodeSymmetric({ iss: "review-bot", sub: install.clientKey, qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl(method, path)) }, install.sharedSecret)}`;',
  "app.post('/created', express.json(), async (req, res) => {",
  '  const { repository, pullrequest } = req.body.data;',
  '  const install = installs.get(req.body.clientKey);',
  '  const path = `/2.0/repositories/${repository.full_name}/pullrequests/${pullrequest.id}/commits`;',
  '  const commits = await axios.get(`https://api.bitbucket.org${path}`, { headers: { Authorization: signed(install, "GET", path) } });',
  '  res.json(commits.data);',
  '});',
].join('\n');
const pkg = JSON.stringify({ dependencies: { express: '^4.0.0', 'atlassian-jwt': '^2.0.0', axios: '^1.7.0' } });

describe('a Bitbucket Connect app', () => {
  it('is a Bitbucket app by its scopes, Bitbucket\'s classic ones', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(['repository', 'pullrequest']), 'package.json': pkg, 'server.js': server });
    assert.deepEqual(facts.app.products, ['bitbucket']);
  });

  it('calls its product at api.bitbucket.org: a REST call that uses the declared scope, no egress', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(['pullrequest']), 'package.json': pkg, 'server.js': server });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.method} ${c.path} ${c.evidence.line}`), ['bitbucket GET /2.0/repositories/{}/pullrequests/{}/commits 12']);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('a Jira app\'s request there stays egress, its descriptor being no Bitbucket one', async () => {
    const jira = JSON.stringify({ key: 'k', baseUrl: 'https://k.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
    const { facts } = await scanFiles({ 'atlassian-connect.json': jira, 'package.json': pkg, 'server.js': server });
    assert.deepEqual(facts.app.products, []);
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.host} ${c.evidence.line}`), ['api.bitbucket.org 12']);
  });
});

describe('a repository\'s full name in a Bitbucket path', () => {
  it('stands for its workspace and slug when a name of the API follows it', () => {
    assert.equal(lookupOperation('bitbucket', 'POST', '/2.0/repositories/{}/pullrequests/{}/comments')?.operation, 'POST /2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments');
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/pullrequests/{}/commits')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/commits');
  });

  it('a workspace and a slug written out are two segments, as before', () => {
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests');
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/website/pullrequests')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests');
  });
});

describe('a Bitbucket Connect server that hands its installations on', () => {
  // It serves a descriptor under another name and posts each installation (its shared secret with it) to a server elsewhere.
  const forwarder = [
    "const fs = require('fs');",
    "const express = require('express');",
    "const axios = require('axios');",
    "const backend = axios.create({ baseURL: process.env.BACKEND_URL });",
    'const app = express();',
    "app.get('/', (req, res) => res.json(JSON.parse(fs.readFileSync('connect.json', 'utf8'))));",
    "app.post('/installed', express.json(), async (req, res) => { await backend.post('installations', req.body); res.sendStatus(204); });",
    "app.post('/created', express.json(), async (req, res) => { await backend.post('events', req.body); res.sendStatus(204); });",
  ].join('\n');

  it('is found by its descriptor of another name, and its scopes but its webhook\'s are unchecked: the calls that use them are made elsewhere', async () => {
    const { facts } = await scanFiles({ 'connect.json': descriptor(['repository', 'pullrequest']), 'package.json': pkg, 'server.js': forwarder });
    assert.deepEqual([facts.app.platform, facts.app.key, facts.app.descriptor], ['connect', 'review-bot', 'connect.json']);
    assert.deepEqual(facts.triggers.map((t) => t.kind), ['connect-webhook', 'connect-lifecycle']);
    assert.deepEqual([facts.scopes.unused.map((s) => s.scope), facts.scopes.unchecked.map((s) => s.scope)], [[], ['repository']]);
    assert.deepEqual(facts.scopes.needed.map((n) => `${n.scope} ${n.reason}`), ['pullrequest trigger']);
    assert.ok(facts.egress.calls.find((c) => c.evidence.line === 7)?.carries.includes('secret'));
  });

  it('a JSON file of another name that is no whole descriptor is none', async () => {
    const { facts } = await scanFiles({ 'settings.json': JSON.stringify({ key: 'review-bot', baseUrl: 'https://review.example.com', theme: 'dark' }), 'package.json': pkg, 'server.js': forwarder });
    assert.equal(facts.app.platform, null);
  });
});
