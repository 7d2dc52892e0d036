import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): Promise<Facts> => scan(path.join(import.meta.dirname, '../fixtures/ace', name));

describe('ACE: responses in the callbacks and promises of its product client', () => {
  let facts: Facts;
  before(async () => {
    facts = await fixture('callback-routes');
  });

  it('holds product content; the error is no payload', () => {
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['routes/index.js:6', ['other']],
      ['routes/index.js:9', ['product-content']],
      ['routes/index.js:16', ['product-content']],
    ]);
  });

  it('finds the requests, also through req.context.http', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/issue/{}', 'connect', 'routes/index.js:4'],
      ['GET', '/rest/api/3/issue/{}/comment', 'connect', 'routes/index.js:15'],
    ]);
  });
});

describe('ACE: its product client passed to helpers', () => {
  let facts: Facts;
  before(async () => {
    facts = await fixture('client-helpers');
  });

  it('finds the requests helpers make with the client their callers pass, through helpers that pass it on', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/issue/{}', 'connect', 'lib/issues.js:8'],
      ['POST', '/rest/api/3/issue/{}/watchers', 'connect', 'lib/issues.js:12'],
      ['PUT', '/rest/api/3/user/properties/token?accountId={}', 'asUser', 'lib/tokens.js:3'],
      ['GET', '/rest/api/3/user/properties/token?accountId={}', 'asUser', 'lib/tokens.js:16'],
    ]);
    // `seen.get('last')` in a helper its callers give a Map is no request.
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });

  it('uses ACT_AS_USER for the requests made as a user, and reports only the scope nothing needs', () => {
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['DELETE']);
    assert.deepEqual(facts.scopes.missing, []);
  });

  it('gives product content as the responses, not the request the client was made from', () => {
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['lib/issues.js:3', ['product-content']],
      ['lib/tokens.js:8', ['product-content']],
    ]);
  });
});

describe('ACE: its settings store', () => {
  let facts: Facts;
  before(async () => {
    facts = await fixture('settings-store');
  });

  it('is storage in a database outside Atlassian, each write with what it carries, the key saying what it holds', () => {
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, at(s.evidence)]), [
      // The key holds the `state` the route hands `oauth.finish()`, a method of the app's class.
      ['external-db', 'write', 'state:{}:token', 'addon.settings.set', ['resolver-payload', 'secret'], 'lib/oauth.js:16'],
      ['external-db', 'write', 'token:{}', 'addon.settings.set', ['account-id', 'secret'], 'routes/index.js:7'],
      ['external-db', 'read', 'token:{}', 'addon.settings.get', [], 'routes/index.js:8'],
      ['external-db', 'delete', 'token:{}', 'addon.settings.del', [], 'routes/index.js:13'],
    ]);
  });

  it('stores the account ID kept in a key', () => {
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target, at(u.evidence)]), [['account-id', 'stored', 'external-db', 'routes/index.js:7']]);
  });
});

describe('ACE: a Bitbucket app with webhooks', () => {
  let facts: Facts;
  before(async () => {
    facts = await fixture('bitbucket-webhooks');
  });

  it('needs the scopes of its calls and its webhook\'s event, and not the READ scope Jira and Confluence ask of webhooks', () => {
    assert.deepEqual(facts.scopes.needed.map((n) => [n.scope, n.reason]), [['repository', 'rest-call'], ['repository', 'trigger']]);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['account']);
  });
});

const connectApp = (scopes: string[], extra: Record<string, string>): Record<string, string> => ({
  'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes, lifecycle: { installed: '/installed' }, modules: { generalPages: [{ key: 'p', url: '/p', name: { value: 'P' } }] } }),
  'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^7.0.0' } }),
  ...extra,
});

describe('ACE: its product client passed to the functions of a required CommonJS module', () => {
  it('finds the request the helper makes, called on the module object and from a callback', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'util.js': [
        'function getPid(req, httpClient, cb) {',
        '  httpClient.get({ uri: `/rest/api/2/issue/${req.query.issue}/properties/pid`, json: true }, (err, res, body) => cb(null, body.value));',
        '}',
        'module.exports = { getPid };',
      ].join('\n'),
      'routes/index.js': [
        "const util = require('../util');",
        'module.exports = function (app, addon) {',
        "  app.get('/panel', addon.authenticate(), (req, res) => {",
        '    const httpClient = addon.httpClient(req);',
        '    Promise.all([new Promise((cb) => util.getPid(req, httpClient, cb))]).then(() => res.end());',
        '  });',
        '};',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [['GET', '/rest/api/2/issue/{}/properties/pid', 'connect', 'util.js:2']]);
    assert.deepEqual(facts.scopes.unused, []);
  });
});

describe('ACE: its product client passed to functions an ES module exports through an alias', () => {
  it('finds the requests of `const _f = f; export { _f as f }`, and of a plain export beside it', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'jira.js': [
        'const getProjects = (httpClient) => new Promise((resolve) => {',
        "  httpClient.get('/rest/api/2/project', (err, response, body) => resolve(JSON.parse(body)));",
        '});',
        "export const getInfo = (httpClient) => httpClient.get('/rest/api/3/serverInfo');",
        'const _getProjects = getProjects;',
        'export { _getProjects as getProjects };',
      ].join('\n'),
      'routes/index.js': [
        "import { getProjects, getInfo } from '../jira';",
        'export default function routes(app, addon) {',
        "  app.get('/p', addon.authenticate(), (req, res) => {",
        '    const httpClient = addon.httpClient(req);',
        '    getInfo(httpClient);',
        '    getProjects(httpClient).then((projects) => res.json(projects));',
        '  });',
        '}',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/2/project', 'connect', 'jira.js:2'],
      ['GET', '/rest/api/3/serverInfo', 'connect', 'jira.js:4'],
    ]);
  });
});

describe('ACE: what a property written through its product client carries', () => {
  it('is what the `json`, `body` or `form` of the options carry', async () => {
    const { facts } = await scanFiles(connectApp(['READ', 'WRITE'], {
      'routes/index.js': [
        'module.exports = function (app, addon) {',
        "  app.post('/save', addon.checkValidToken(), (req, res) => {",
        '    const httpClient = addon.httpClient(req);',
        "    httpClient.put({ uri: '/rest/atlassian-connect/1/addons/k/properties/config', body: JSON.stringify({ token: req.body.apiToken }) }, () => {});",
        "    httpClient.put({ url: '/rest/api/2/issue/X-1/properties/note', json: { note: req.body.note } }, () => {});",
        "    httpClient.put({ url: '/rest/api/2/issue/X-1/properties/seen', json: true, body: { at: Date.now() } }, () => res.end());",
        '  });',
        '};',
      ].join('\n'),
    }));
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.key, s.carries, at(s.evidence)]), [
      ['app-property', 'config', ['secret'], 'routes/index.js:4'],
      ['issue-property', 'note', ['resolver-payload'], 'routes/index.js:5'],
      ['issue-property', 'seen', ['other'], 'routes/index.js:6'],
    ]);
  });
});

describe('ACE: the installations it saves', () => {
  const install = ['external-db', 'write', 'clientInfo', 'atlassian-connect-express installed', ['secret']];
  it('is a write of the shared secret to its store where the add-on is made, required or imported', async () => {
    const required = await scanFiles(connectApp(['READ'], {
      'app.js': ["const express = require('express');", "const ac = require('atlassian-connect-express');", 'const app = express();', 'const addon = ac(app);', "ac.store.register('custom', () => null);", 'module.exports = addon;'].join('\n'),
    }));
    assert.deepEqual(required.facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, at(s.evidence)]), [[...install, 'app.js:4']]);
    const imported = await scanFiles(connectApp(['READ'], {
      'src/app.ts': ["import express from 'express';", "import ace from 'atlassian-connect-express';", 'const app = express();', 'export const addon = ace(app, {}, logger);'].join('\n'),
    }));
    assert.deepEqual(imported.facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, at(s.evidence)]), [[...install, 'src/app.ts:4']]);
  });
});

describe('ACE: the uninstalled callback', () => {
  const app = (routes: string[]): Record<string, string> => ({
    'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed', uninstalled: '/lifecycle/uninstalled' } }),
    'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^7.0.0', express: '^4.0.0' } }),
    'app.js': ["const express = require('express');", "const ace = require('atlassian-connect-express');", 'const app = express();', 'const addon = ace(app);', 'app.use(express.json());', "app.get('/panel', addon.authenticate(), (req, res) => res.end());", ...routes].join('\n'),
  });

  it('handles no uninstall when no route of the app takes it, as ACE does not', async () => {
    const { facts } = await scanFiles(app([]));
    assert.deepEqual(facts.uninstall, []);
    assert.deepEqual(facts.diagnostics.map((d) => [d.code, d.severity, `${d.file}:${d.line}`]), [['unanswered-lifecycle', 'warning', 'atlassian-connect.json:1']]);
    assert.deepEqual(facts.triggers.map((t) => t.events), [['installed'], ['uninstalled']]);
  });

  it('is handled by a route on its path, also under a mounted router or with a parameter, or when a route path is not known', async () => {
    for (const routes of [
      ["app.post('/lifecycle/uninstalled', addon.authenticateInstall(), (req, res) => res.end());"],
      ['const router = express.Router();', "router.post('/uninstalled', (req, res) => res.end());", "app.use('/lifecycle', router);"],
      ["for (const event of ['installed', 'uninstalled']) app.post(`/lifecycle/${event}`, (req, res) => res.end());"],
      ["app.post('/lifecycle/:event', (req, res) => res.end());"],
      ['const router = express.Router();', "router.post('/:event', (req, res) => res.end());", "app.use('/lifecycle', router);"],
    ]) {
      const { facts } = await scanFiles(app(routes));
      assert.deepEqual(facts.uninstall.map((u) => u.via), ['Connect lifecycle `uninstalled` (/lifecycle/uninstalled)'], routes.join('\n'));
      assert.deepEqual(facts.diagnostics, []);
    }
  });
});

describe('ACE: a helper that makes its client parameter act as a user', () => {
  it('still makes its requests through the client its callers pass, as the user', async () => {
    const { facts } = await scanFiles(connectApp(['READ', 'ACT_AS_USER'], {
      'helpers/attachments.js': [
        'export function getAttachment(httpClient, accountId, id) {',
        '  if (accountId) {',
        '    httpClient = httpClient.asUserByAccountId(accountId);',
        '  }',
        '  return new Promise((resolve) => httpClient.get({ url: `/api/v2/attachments/${id}`, json: true }, (err, res, body) => resolve(body)));',
        '}',
        'export function notAClient(seen, key) {',
        "  seen = seen.asUserByAccountId ? seen : new Map();",
        '  return seen.get(`/api/v2/pages/${key}`);',
        '}',
      ].join('\n'),
      'routes/index.js': [
        "import { getAttachment, notAClient } from '../helpers/attachments.js';",
        'export default function routes(app, addon) {',
        "  app.get('/editor', addon.authenticate(), async (req, res) => {",
        '    res.json(await getAttachment(addon.httpClient(req), req.context.userAccountId, req.query.id));',
        '    notAClient(addon.httpClient(req), req.query.id);',
        '  });',
        '}',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [['GET', '/api/v2/attachments/{}', 'asUser', 'helpers/attachments.js:5']]);
    assert.deepEqual(facts.scopes.unused, []);
  });
});

describe('ACE: paths built with util.format', () => {
  it('fills the placeholders with what is passed, holes for what is not known', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'routes/index.js': [
        "const util = require('util');",
        'module.exports = function (app, addon) {',
        "  app.get('/panel', addon.authenticate(), (req, res) => {",
        '    const http = addon.httpClient(req);',
        "    http.get(util.format('/rest/api/3/issue/%s?fields=%s', req.query.key, 'summary'), () => {});",
        "    http.get({ url: util.format('/rest/api/3/project/%s/role', req.query.project), json: true }, () => res.end());",
        '  });',
        '};',
      ].join('\n'),
      'lib/users.mjs': [
        "import { format } from 'node:util';",
        'export function user(http, id) {',
        "  return http.get(format('/rest/api/3/user?accountId=%s', id));",
        '}',
        'export const userOf = (req) => user(req.context.http, req.context.userAccountId);',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [
      ['GET', '/rest/api/3/user?accountId={}', 'lib/users.mjs:3'],
      ['GET', '/rest/api/3/issue/{}?fields=summary', 'routes/index.js:5'],
      ['GET', '/rest/api/3/project/{}/role', 'routes/index.js:6'],
    ]);
  });
});

describe('Connect lifecycle callbacks taken by routes of the app', () => {
  it('receive the shared secret in their body, inline, wrapped, made by a factory or under a mounted router', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed', uninstalled: '/lifecycle/uninstalled?v=2', enabled: '/enabled' } }),
      'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^7.0.0', express: '^4.0.0' } }),
      'lifecycle.js': [
        'export function enabled(addon) {',
        '  return (req, res) => { addon.logger.info(`enabled ${JSON.stringify(req.body)}`); res.end(); };',
        '}',
      ].join('\n'),
      'app.js': [
        "import express from 'express';",
        "import asyncHandler from 'express-async-handler';",
        "import { enabled } from './lifecycle.js';",
        'const app = express();',
        "app.post('/installed', (req, res) => { console.log('installed', req.body); res.end(); });",
        'const lifecycle = express.Router();',
        "lifecycle.post('/uninstalled', asyncHandler(async (req, res) => { console.log(req.body); }));",
        "app.use('/lifecycle', lifecycle);",
        "app.post('/enabled', enabled(app));",
        "app.post('/webhook', (req, res) => { console.log(req.body); res.end(); });",
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['app.js:5', ['resolver-payload', 'secret']],
      ['app.js:7', ['resolver-payload', 'secret']],
      ['app.js:10', ['resolver-payload']],
      ['lifecycle.js:2', ['resolver-payload', 'secret']],
    ]);
  });
});

describe('ACE: reads of its settings store', () => {
  it('hold what the app, or ACE on install, writes under the same key', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'app.js': [
        "const express = require('express');",
        "const ace = require('atlassian-connect-express');",
        'const app = express();',
        'const addon = ace(app);',
        "app.post('/notes', addon.authenticate(), async (req, res) => {",
        "  await addon.settings.set('notes', { note: req.body.note }, req.context.clientKey);",
        "  console.log(await addon.settings.get('clientInfo', req.context.clientKey));",
        "  console.log(await addon.settings.get('notes', req.context.clientKey));",
        '  res.end();',
        '});',
      ].join('\n'),
    }));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['app.js:7', ['secret']],
      ['app.js:8', ['resolver-payload']],
    ]);
  });
});

describe('ACE: listeners of its installation events', () => {
  it('receive the saved installation, shared secret included, with host_settings_saved', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'app.js': [
        "const ace = require('atlassian-connect-express');",
        "const app = require('express')();",
        'const addon = ace(app);',
        "addon.on('host_settings_saved', (clientKey, data) => { console.log(clientKey, data); });",
        "addon.on('jira:issue_created', (event, body) => { console.log(body); });",
      ].join('\n'),
    }));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['app.js:4', ['secret']], ['app.js:5', ['resolver-payload']]]);
  });
});

describe('ACE: its product client handed to a class', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles(connectApp(['READ', 'WRITE', 'ACT_AS_USER'], {
      'routes.ts': [
        "import axios from 'axios';",
        "import { BoardService } from './board-service';",
        "import { Feed } from './feed';",
        'export default (app, addon) => {',
        "  app.get('/board', addon.authenticate(), async (req, res) => {",
        '    const boards = new BoardService(addon.httpClient(req));',
        '    res.json(await boards.columns(req.query.id));',
        '    boards.plan(req.query.sprint, [], req.context.userAccountId);',
        "    new Feed(axios.create({ baseURL: 'https://feed.example.com' })).latest();",
        '  });',
        '};',
      ].join('\n'),
      'board-service.ts': [
        "import { Sprints } from './sprints';",
        'export class BoardService {',
        '  private sprints;',
        '  constructor(private http) {',
        '    this.sprints = new Sprints(http);',
        '  }',
        '  columns(id) {',
        '    return new Promise((resolve) => this.http.get({ url: `/rest/agile/1.0/board/${id}/configuration` }, (err, res, body) => resolve(body)));',
        '  }',
        '  plan(id, issues, accountId) { this.sprints.move(id, issues, accountId); }',
        '}',
      ].join('\n'),
      'sprints.js': [
        'export class Sprints {',
        '  constructor(client) {',
        '    this.client = client;',
        '  }',
        '  move(id, issues, accountId) {',
        '    this.client.asUserByAccountId(accountId).post({ url: `/rest/agile/1.0/sprint/${id}/issue`, json: { issues } }, () => {});',
        '  }',
        '}',
      ].join('\n'),
      'feed.js': [
        'export class Feed {',
        '  constructor(http) {',
        '    this.http = http;',
        '  }',
        '  latest() {',
        "    return this.http.get('/api/items');",
        '  }',
        '}',
      ].join('\n'),
    })));
  });

  it('finds the requests its methods make, also of a class the constructor hands the client on to', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/agile/1.0/board/{}/configuration', 'connect', 'board-service.ts:8'],
      ['POST', '/rest/agile/1.0/sprint/{}/issue', 'asUser', 'sprints.js:6'],
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });

  it('needs the scopes of those requests', () => {
    assert.deepEqual([...new Set(facts.scopes.needed.map((s) => s.scope))].sort(), ['ACT_AS_USER', 'READ', 'WRITE']);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), []);
  });
});

describe('ACE: its product client made by a helper of the app', () => {
  it('finds the requests made through what the helper returns, there and in a class it is handed to', async () => {
    const { facts } = await scanFiles(connectApp(['READ'], {
      'client.js': [
        'export function clientFor(addon, req) {',
        '  let client = addon.httpClient(req);',
        '  if (!client) client = addon.httpClient(req.context);',
        '  return client;',
        '}',
        "export const cacheFor = (name) => new Map([[name, '/rest/api/3/myself']]);",
      ].join('\n'),
      'routes.js': [
        "import { clientFor, cacheFor } from './client';",
        "import { Fields } from './fields';",
        'export default (app, addon) => {',
        "  app.get('/fields', addon.authenticate(), (req, res) => {",
        '    const jira = clientFor(addon, req);',
        "    jira.get('/rest/api/3/project', (err, r, body) => res.json(body));",
        '    new Fields(clientFor(addon, req)).all();',
        "    cacheFor('me').get('/rest/api/3/myself');",
        '  });',
        '};',
      ].join('\n'),
      'fields.js': [
        'export class Fields {',
        '  constructor(client) { this.client = client; }',
        "  all() { this.client.get({ url: 'rest/api/3/field' }, () => {}); }",
        '}',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/field', 'connect', 'fields.js:3'],
      ['GET', '/rest/api/3/project', 'connect', 'routes.js:6'],
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});

describe('ACE: its product client acting as a user, handed over or made by a helper', () => {
  it('makes the requests through it as the user, unless other callers hand over the app’s client', async () => {
    const { facts } = await scanFiles(connectApp(['READ', 'ACT_AS_USER'], {
      'lib.js': [
        'export function getIssue(client, key) { return client.get(`/rest/api/3/issue/${key}`); }',
        'export function getWatchers(client, key) { return client.get(`/rest/api/3/issue/${key}/watchers`); }',
        'export function userClient(addon, req) { return addon.httpClient(req).asUserByAccountId(req.context.userAccountId); }',
        'export class Comments { constructor(http) { this.http = http; } list(key) { return this.http.get({ url: `/rest/api/3/issue/${key}/comment` }); } }',
      ].join('\n'),
      'routes.js': [
        "import { getIssue, getWatchers, userClient, Comments } from './lib';",
        'export default (app, addon) => {',
        "  app.get('/a', addon.authenticate(), async (req, res) => {",
        '    await getIssue(addon.httpClient(req).asUserByAccountId(req.context.userAccountId), req.query.key);',
        "    await userClient(addon, req).get('/rest/api/3/myself');",
        '    await new Comments(userClient(addon, req)).list(req.query.key);',
        '    await getWatchers(userClient(addon, req), req.query.key);',
        '    await getWatchers(addon.httpClient(req), req.query.key);',
        '    res.end();',
        '  });',
        '};',
      ].join('\n'),
    }));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/issue/{}', 'asUser', 'lib.js:1'],
      ['GET', '/rest/api/3/issue/{}/watchers', 'connect', 'lib.js:2'],
      ['GET', '/rest/api/3/issue/{}/comment', 'asUser', 'lib.js:4'],
      ['GET', '/rest/api/3/myself', 'asUser', 'routes.js:5'],
    ]);
    assert.deepEqual(facts.scopes.unused, []);
  });
});
