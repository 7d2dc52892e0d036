import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const descriptor = (modules: string): string =>
  `{ "key": "doc-viewer", "baseUrl": "https://viewer.example.com", "authentication": { "type": "jwt" }, "scopes": ["READ"], "modules": ${modules} }`;
const page = '{ "generalPages": [{ "key": "viewer", "url": "/viewer", "name": { "value": "Viewer" } }] }';

const server = [
  "const express = require('express');",
  "const ace = require('atlassian-connect-express');",
  "const users = require('./lib/users.js');",
  'const app = express();',
  'const addon = ace(app);',
  "app.get('/viewer', addon.authenticate(), async (req, res) => {",
  '  const person = await users.describe(addon.httpClient(req), req.query.accountId);',
  '  res.json(person);',
  '});',
].join('\n');

describe('ACE: requests of helper modules written before `const`', () => {
  it('follows the client into a function the module assigns to a member of the object it exports', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(page),
      'package.json': '{ "dependencies": { "atlassian-connect-express": "^11.0.0", "express": "^4.0.0" } }',
      'app.js': server,
      'lib/users.js': [
        'var users = {};',
        'users.describe = function (httpClient, accountId) {',
        '  return new Promise((resolve) => {',
        "    httpClient.get({ url: `/rest/api/user?accountId=${accountId}`, json: true }, (err, res, body) => resolve(body));",
        '  });',
        '};',
        'module.exports = users;',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [['GET', '/rest/api/user?accountId={}', 'lib/users.js:4']]);
  });

  it('follows it into a function of an object literal declared with var', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(page),
      'package.json': '{ "dependencies": { "atlassian-connect-express": "^11.0.0", "express": "^4.0.0" } }',
      'app.js': server,
      'lib/users.js': [
        'var users = {',
        '  describe: function (httpClient, accountId) {',
        "    return httpClient.get({ url: `/rest/api/user?accountId=${accountId}`, json: true });",
        '  },',
        '};',
        'module.exports = users;',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [['GET', '/rest/api/user?accountId={}', 'lib/users.js:3']]);
  });

  it('gives one request per URL a condition chooses, in the options or as the path, also through a name', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor(page),
      'package.json': '{ "dependencies": { "atlassian-connect-express": "^11.0.0", "express": "^4.0.0" } }',
      'app.js': server,
      'lib/users.js': [
        'function describe(httpClient, accountId) {',
        '  const url = accountId ? `/rest/api/user?accountId=${accountId}` : "/rest/api/user/anonymous";',
        '  httpClient.get({ url: url, json: true }, () => {});',
        '  return httpClient.get(accountId ? `/rest/api/user/watch/content/${accountId}` : "/rest/api/user/current");',
        '}',
        'module.exports = { describe };',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [
      ['GET', '/rest/api/user?accountId={}', 'lib/users.js:3'],
      ['GET', '/rest/api/user/anonymous', 'lib/users.js:3'],
      ['GET', '/rest/api/user/watch/content/{}', 'lib/users.js:4'],
      ['GET', '/rest/api/user/current', 'lib/users.js:4'],
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    // The user the first request reads is personal data the app reads.
    assert.ok(facts.personalData.uses.some((u) => u.kind === 'display-name' && u.action === 'read' && at(u.evidence) === 'lib/users.js:3'));
  });
});

describe('ACE: the product its config.json names', () => {
  const files = (config: string): Record<string, string> => ({
    'atlassian-connect.json': descriptor(page),
    'package.json': '{ "dependencies": { "atlassian-connect-express": "^11.0.0", "express": "^4.0.0" } }',
    'config.json': config,
    'app.js': server,
    'lib/users.js': 'module.exports = { describe: () => null };',
  });

  it('is the app\'s product when its modules do not tell one', async () => {
    const { facts } = await scanFiles(files('{\n  // the app\'s settings\n  "production": { "port": "$PORT" },\n  "product": "confluence"\n}'));
    assert.deepEqual(facts.app.products, ['confluence']);
  });

  it('the production section\'s first; a value ACE does not know is none', async () => {
    assert.deepEqual((await scanFiles(files('{ "production": { "product": "bitbucket" }, "product": "jira" }'))).facts.app.products, ['bitbucket']);
    assert.deepEqual((await scanFiles(files('{ "production": {}, "product": "trello" }'))).facts.app.products, []);
  });
});
