import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = (scopes: string[]): string => JSON.stringify({
  key: 'token-app', baseUrl: 'https://token.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes,
  modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
});
const packageJson = JSON.stringify({ dependencies: { express: '^4.0.0', axios: '^1.0.0', 'atlassian-jwt': '^2.0.0' } });

describe('a Connect app calling the product with a user\'s API token', () => {
  it('makes requests with the token\'s Basic credentials, which neither use nor need the app\'s scopes', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(['READ']),
      'package.json': packageJson,
      'src/app.js': [
        "const axios = require('axios');",
        "const app = require('express')();",
        "app.post('/installed', (req, res) => res.sendStatus(204));",
        "app.post('/search', async (req, res) => {",
        '  const { site, email, apiToken } = req.body;',
        "  const headers = { Authorization: `Basic ${Buffer.from(email + ':' + apiToken).toString('base64')}` };",
        '  const found = await fetch(`https://${site}.atlassian.net/rest/api/3/search?jql=x`, { headers });',
        '  const projects = await axios.get(`https://${site}.atlassian.net/rest/api/3/project`, { auth: { username: email, password: apiToken } });',
        '  res.json({ found: await found.json(), projects: projects.data });',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.evidence.line, c.path, c.auth]), [
      [7, '/rest/api/3/search?jql=x', 'api-token'],
      [8, '/rest/api/3/project', 'api-token'],
    ]);
    assert.deepEqual(facts.scopes.needed, []);
    assert.deepEqual(facts.scopes.unchecked.map((s) => s.scope), ['READ']);
  });

  it('while its calls signed with its JWT still count', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(['READ']),
      'package.json': packageJson,
      'src/app.js': [
        "const jwt = require('atlassian-jwt');",
        "const app = require('express')();",
        "app.post('/installed', (req, res) => res.sendStatus(204));",
        "app.post('/sync', async (req, res) => {",
        '  const { baseUrl, token, email, apiToken } = req.body;',
        '  await fetch(`${baseUrl}/rest/api/3/myself`, { headers: { Authorization: `JWT ${token}` } });',
        "  await fetch(`${baseUrl}/rest/api/3/issue/ABC-1`, { method: 'PUT', headers: { Authorization: 'Basic ' + Buffer.from(`${email}:${apiToken}`).toString('base64') } });",
        '  res.sendStatus(204);',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.auth]), [['GET', 'connect'], ['PUT', 'api-token']]);
    assert.deepEqual(facts.scopes.needed.map((s) => s.scope), ['READ']);
    assert.deepEqual(facts.scopes.missing, []);
  });
});

describe('a Connect app\'s request signed with its JWT to a site and path its callers give', () => {
  it('is a request to the product, not egress to a host Candor cannot resolve', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(['READ']),
      'package.json': packageJson,
      'src/jira.js': [
        "const jwt = require('atlassian-jwt');",
        'async function jiraGet(tenant, path) {',
        "  const token = jwt.encodeSymmetric({ iss: 'token-app', qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', path)) }, tenant.sharedSecret);",
        '  const res = await fetch(`${tenant.baseUrl}${path}`, { headers: { Authorization: `JWT ${token}` } });',
        '  return res.json();',
        '}',
        'async function ping(url) {',
        '  return fetch(`${url}/health`, { headers: { Authorization: `Bearer ${process.env.TOKEN}` } });',
        '}',
        'module.exports = { jiraGet, ping };',
      ].join('\n'),
    });
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => [c.evidence.line, c.product, c.path, c.auth]), [[4, 'unknown', null, 'connect']]);
    // A bearer token to an address its callers give is still egress Candor cannot resolve.
    assert.deepEqual(facts.egress.unresolved.map((c) => c.evidence.line), [8]);
  });
});

describe('a Connect app passing its caller\'s JWT on to a service of the vendor\'s', () => {
  it('sends egress there, not a request to the product', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(['READ']),
      'package.json': packageJson,
      'src/app.js': [
        "const app = require('express')();",
        "const { indexUrl } = require('./config.json');",
        "app.post('/index', async (req, res) => {",
        '  const auth = { Authorization: `JWT ${req.headers.token}` };',
        '  const indexed = await fetch(`${process.env.INDEXER_URL}/documents`, { method: \'POST\', headers: auth, body: JSON.stringify({ text: req.body.description }) });',
        '  await fetch(`${indexUrl}/documents`, { method: \'POST\', headers: auth, body: JSON.stringify({ text: req.body.description }) });',
        '  const { baseUrl } = process.env;',
        '  await fetch(`${baseUrl}/documents`, { method: \'POST\', headers: auth });',
        '  console.log(await indexed.json());',
        '  res.sendStatus(204);',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.egress.unresolved.map((c) => [c.evidence.line, c.urlVariable ?? null, c.carries.includes('resolver-payload')]), [
      [5, 'INDEXER_URL', true], [6, null, true], [8, 'baseUrl', false],
    ]);
    // What the service answers is its own, not the product's content.
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries.join()]), [[9, 'other']]);
  });
});

describe('atlassian-connect-express\'s product client given Basic credentials', () => {
  it('makes the request with them, a user\'s API token, not with the JWT it signs', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(['READ']),
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0', 'atlassian-connect-express': '^4.0.0' } }),
      'app.js': [
        "const ace = require('atlassian-connect-express');",
        "const app = require('express')();",
        'const addon = ace(app);',
        "const login = require('./login.json');",
        "app.get('/people', addon.authenticate(), (req, res) => {",
        "  addon.httpClient(req).get({ url: '/rest/api/3/users/search', auth: { username: login.user, password: login.token } }, (e, r, body) => res.send(body));",
        "  addon.httpClient(req).get({ url: '/rest/api/3/project' }, (e, r, body) => res.send(body));",
        "  addon.httpClient(req).get(withLogin(req.query.url), (e, r, body) => res.send(body));",
        '});',
        'function withLogin(url) { return { url, auth: { user: login.user, pass: login.token } }; }',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.path, c.auth]), [['/rest/api/3/users/search', 'api-token'], ['/rest/api/3/project', 'connect']]);
    // Also when a function of the module makes the options, whatever URL its callers give it.
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => [c.evidence.line, c.auth]), [[8, 'api-token']]);
  });
});
