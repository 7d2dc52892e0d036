import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'com.example.timesheets', baseUrl: 'https://timesheets.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ', 'WRITE', 'DELETE'], modules: {},
});
const pkg = JSON.stringify({ dependencies: { 'node-fetch': '^2.7.0', 'atlassian-jwt': '^2.0.3', express: '^4.19.2' } });

const signing = [
  "const fetch = require('node-fetch');",
  "const jwt = require('atlassian-jwt');",
  'async function jiraRequest(installation, method, path, body) {',
  "  const token = jwt.encodeSymmetric({ iss: 'com.example.timesheets', qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl(method, path)) }, installation.sharedSecret);",
  '  const res = await fetch(`${installation.baseUrl}${path}`, { method, headers: { Authorization: `JWT ${token}` }, body: JSON.stringify(body) });',
  '  return res.json();',
  '}',
  'const getIssue = (installation, key) => jiraRequest(installation, \'GET\', `/rest/api/3/issue/${key}`);',
  'const addWorklog = (installation, key, minutes) => jiraRequest(installation, \'POST\', `/rest/api/3/issue/${key}/worklog`, { timeSpentSeconds: minutes * 60 });',
  "const reportAccounts = (installation, accounts) => jiraRequest(installation, 'POST', '/app/report-accounts/', { accounts });",
  'async function statsOf(installation) {',
  "  const res = await fetch('https://stats.example.com/rest/api/3/usage', { method: 'POST' });",
  '  return res.json();',
  '}',
  'module.exports = { getIssue, addWorklog, reportAccounts, statsOf };',
  '',
].join('\n');

describe('a server’s own requests to the product’s REST API (a Connect app signing its JWT)', () => {
  it('are product REST calls at their callers, with their scopes and the Personal Data Reporting API, not egress', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'src/jira.js': signing });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.auth} ${c.evidence.line} via ${c.via?.line}`), [
      'GET /rest/api/3/issue/{} connect 8 via 5',
      'POST /rest/api/3/issue/{}/worklog connect 9 via 5',
      'POST /app/report-accounts/ connect 10 via 5',
    ]);
    assert.deepEqual(facts.scopes.needed.map((s) => `${s.scope} ${s.evidence.line}`), ['READ 8', 'WRITE 9']);
    assert.deepEqual(facts.personalData.reporting.calls.map((e) => e.line), [10]);
    // A request to a host of the vendor's stays egress, whatever its path.
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.url} ${c.evidence.line}`), ['POST https://stats.example.com/rest/api/3/usage 12']);
  });

  it('stay egress in a Forge function, where they leave Forge (a site of atlassian.net reached with an API token)', async () => {
    const code = [
      "import { fetch } from '@forge/api';",
      'export async function run(event) {',
      '  const res = await fetch(`https://${event.site}.atlassian.net/rest/api/3/myself`, { headers: { Authorization: `Basic ${event.token}` } });',
      '  return res.json();',
      '}',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': code });
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.url}`), ['GET https://{}.atlassian.net/rest/api/3/myself']);
  });
});

describe('a Connect server’s request to the product site’s base URL at a path not known to be its REST API’s', () => {
  it('is a product request of a path not known, not unresolved egress; another base not known stays egress', async () => {
    const code = [
      "const express = require('express');",
      "const ace = require('atlassian-connect-express');",
      'const app = express();',
      'const addon = ace(app);',
      "app.get('/preview', addon.authenticate(), async (req, res) => {",
      '  const page = await fetch(req.context.hostBaseUrl + req.query.path);',                        // 6
      '  const other = await fetch(req.query.server + req.query.path);',                            // 7
      "  const clientInfo = await addon.settings.get('clientInfo', req.context.clientKey);",
      '  const icon = await fetch(`${clientInfo.baseUrl}/secure/projectavatar?pid=${req.query.pid}`);', // 9
      '  res.send(await page.text() + await other.text() + await icon.text());',
      '});',
      'app.listen(3000);',
      '',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^11.3.0', express: '^4.19.2' } }),
      'app.js': code,
    });
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => `${c.product} ${c.method} ${c.auth} ${c.evidence.line}`), ['unknown GET connect 6', 'unknown GET connect 9']);
    assert.deepEqual(facts.egress.unresolved.map((c) => `${c.url} ${c.evidence.line}`), ['{} 7']);
  });
});

describe('a client of the site’s REST API at a fixed base URL (one tenant, an API token)', () => {
  it('the paths its callers give, through an instance of the class from another module, are product REST calls of Jira', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { axios: '^1.7.0' } }),
      'src/jira.js': [
        "import axios from 'axios';",
        "const API = 'https://acme.atlassian.net/rest/api/3';",
        'export default class JiraClient {',
        '  async get(path) {',
        '    const res = await axios.get(`${API}${path}`, { headers: { Authorization: `Basic ${process.env.JIRA_TOKEN}` } });',
        '    return res.data;',
        '  }',
        '}',
      ].join('\n'),
      'src/report.js': [
        "import JiraClient from './jira.js';",
        'const jira = new JiraClient();',
        'export const statuses = () => jira.get(\'/status\');',
        'export const filters = () => jira.get(\'/filter/search\');',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line} via ${c.via?.line}`), [
      'jira GET /rest/api/3/status src/report.js:3 via 5',
      'jira GET /rest/api/3/filter/search src/report.js:4 via 5',
    ]);
    assert.deepEqual(facts.egress.calls, []);
  });
});

describe('a Connect server’s axios requests with the site in their own options', () => {
  it('are product REST calls where the site is the base URL of the request (`axios.get(path, { baseURL })`), of the host only given at run time', async () => {
    const code = [
      "const axios = require('axios');",
      "const { sign } = require('jsonwebtoken');",
      'const baseURL = `https://${process.env.JIRA_HOST}`;',
      "const token = () => `JWT ${sign({ qsh: 'context-qsh' }, process.env.JIRA_SECRET, { issuer: 'com.example.timesheets' })}`;",
      'exports.search = async (jql) => (await axios.get(`/rest/api/3/search?jql=${jql}`, { headers: { Authorization: token() }, baseURL })).data;',
      "exports.comment = (key, body) => axios.post(`/rest/api/3/issue/${key}/comment`, { body }, { baseURL, headers: { Authorization: token() } });",
      "exports.ping = () => axios.get('/health', { baseURL: 'https://status.example.com' });",
      '',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { axios: '^1.7.0', jsonwebtoken: '^9.0.0' } }),
      'src/jira.js': code,
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.line}`), [
      'GET /rest/api/3/search?jql={} 5',
      'POST /rest/api/3/issue/{}/comment 6',
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.url} ${c.host} ${c.evidence.line}`), ['GET https://status.example.com/health status.example.com 7']);
  });
});

describe('NestJS’s HttpService in a Bitbucket Connect app', () => {
  it('sends requests as axios does: to the Bitbucket API the installation names (a product REST call) and to other hosts (egress)', async () => {
    const descriptor = JSON.stringify({ key: 'pipelines', baseUrl: 'https://pipelines.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['repository'], contexts: ['account'], modules: {} });
    const provider = [
      "import { Injectable } from '@nestjs/common';",
      "import { HttpService } from '@nestjs/axios';",
      "import { firstValueFrom } from 'rxjs';",
      '@Injectable()',
      'export class BitbucketProvider {',
      '  constructor(private readonly httpService: HttpService) {}',
      '  async repositories(client: { baseApiUrl: string; workspace: string }, token: string) {',
      '    const response = await firstValueFrom(this.httpService.get(`${client.baseApiUrl}/2.0/repositories/${client.workspace}`, { headers: { Authorization: `Bearer ${token}` } }));',
      '    return response.data;',
      '  }',
      '  notify(body: unknown) {',
      "    return firstValueFrom(this.httpService.post('https://hooks.example.com/builds', body));",
      '  }',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { '@nestjs/common': '^10.0.0', '@nestjs/axios': '^3.0.0', rxjs: '^7.8.0' } }),
      'src/bitbucket.provider.ts': provider,
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.method} ${c.path} ${c.evidence.line}`), ['bitbucket GET /2.0/repositories/{} 8']);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.host} ${c.evidence.line}`), ['POST hooks.example.com 12']);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), []);
  });
});

describe('a Connect server that gets tokens acting as users (atlassian-oauth2)', () => {
  it('uses ACT_AS_USER where it imports the package, and misses it where the descriptor does not declare it', async () => {
    const code = [
      "const oauth2 = require('atlassian-oauth2');",
      "const axios = require('axios');",
      'exports.myIssues = async (installation, userAccountId) => {',
      "  const token = await oauth2.getAccessToken({ hostBaseUrl: installation.baseUrl, oauthClientId: installation.oauthClientId, sharedSecret: installation.sharedSecret, userAccountId, scopes: ['READ'] });",
      '  const { data } = await axios.get(`${installation.baseUrl}/rest/api/3/search?jql=assignee=currentUser()`, { headers: { Authorization: `Bearer ${token.access_token}` } });',
      '  return data;',
      '};',
      '',
    ].join('\n');
    const pkg = JSON.stringify({ dependencies: { 'atlassian-oauth2': '^1.0.0', axios: '^1.7.0' } });
    const declared = (scopes: string[]) => JSON.stringify({ key: 'k', baseUrl: 'https://k.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes, modules: {} });
    const withScope = (await scanFiles({ 'atlassian-connect.json': declared(['READ', 'ACT_AS_USER']), 'package.json': pkg, 'src/jira.js': code })).facts;
    assert.deepEqual(withScope.scopes.unused.map((s) => s.scope), []);
    assert.deepEqual(withScope.scopes.needed.map((s) => `${s.scope} ${s.evidence.file}:${s.evidence.line}`).sort(), ['ACT_AS_USER src/jira.js:1', 'READ src/jira.js:5']);
    const without = (await scanFiles({ 'atlassian-connect.json': declared(['READ']), 'package.json': pkg, 'src/jira.js': code })).facts;
    assert.deepEqual(without.scopes.missing.map((s) => s.scope), ['ACT_AS_USER']);
    // A test that imports it is not the app getting tokens.
    const tested = (await scanFiles({ 'atlassian-connect.json': declared(['READ']), 'package.json': pkg, 'src/jira.js': 'exports.ping = () => 1;\n', 'test/jira.test.js': code })).facts;
    assert.deepEqual(tested.scopes.missing.map((s) => s.scope), []);
  });
});

describe('a request to `${base}/2.0/…` of a base not known', () => {
  it('is the Bitbucket API only where Bitbucket has that operation; another API’s /2.0/ path stays egress', async () => {
    const descriptor = JSON.stringify({ key: 'files', baseUrl: 'https://files.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['repository'], contexts: ['account'], modules: {} });
    const code = [
      "const axios = require('axios');",
      'exports.repos = (client, token) => axios.get(`${client.baseApiUrl}/2.0/repositories/${client.workspace}`, { headers: { Authorization: `Bearer ${token}` } });',
      'exports.file = (id) => axios.get(`${process.env.BOX_API}/2.0/files/${id}`);',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': JSON.stringify({ dependencies: { axios: '^1.7.0' } }), 'src/api.js': code });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.path} ${c.evidence.line}`), ['bitbucket /2.0/repositories/{} 2']);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.url} ${c.evidence.line}`), ['{}/2.0/files/{} 3']);
  });
});
