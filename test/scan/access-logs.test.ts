import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = (modules: object, authentication = 'jwt'): string => JSON.stringify({
  key: 'access-app', name: 'Access', baseUrl: 'https://access.example.com', authentication: { type: authentication },
  lifecycle: { installed: '/installed' }, scopes: ['READ'], modules,
});
const page = { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] };
const webhooksOnly = { webhooks: [{ event: 'jira:issue_created', url: '/issue-created' }] };

const server = [
  "const express = require('express');",
  "const morgan = require('morgan');",
  "const pinoHttp = require('pino-http');",
  "const expressWinston = require('express-winston');",
  'const app = express();',
  "const devEnv = app.get('env') === 'development';",
  "app.use(morgan(devEnv ? 'dev' : 'combined'));",
  "app.use(morgan(':method :status :response-time ms'));",
  "app.use(morgan((tokens, req, res) => [tokens.method(req, res), tokens['remote-addr'](req, res), tokens.req(req, res, 'user-agent')].join(' ')));",
  "morgan.token('id', (req) => req.id);",
  'app.use(pinoHttp());',
  'app.use(expressWinston.logger({ meta: false }));',
  "app.get('/main', (req, res) => res.send('ok'));",
  '',
].join('\n');

const logs = (facts: Facts) => facts.logs.map((l) => [l.evidence.line, l.logger, l.level, l.carries, l.access]);

describe('HTTP access logs', () => {
  it("a Connect app with pages: the URL holds the JWT (the token, and the account ID in it), so do the headers; people's browsers load the pages, so the client's address is theirs", async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(page), 'app.js': server });
    assert.deepEqual(logs(facts), [
      [7, 'morgan', 'access', ['account-id', 'secret', 'ip-address'], ['url', 'client-ip', 'user-agent', 'referrer']],
      [8, 'morgan', 'access', ['other'], []],
      [9, 'morgan', 'access', ['ip-address'], ['client-ip', 'user-agent']],
      [11, 'pino-http', 'access', ['account-id', 'secret', 'ip-address'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer']],
      [12, 'express-winston', 'access', ['account-id', 'secret'], ['url']],
    ]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target, u.evidence.line]), [
      ['account-id', 'logged', 'morgan', 7],
      ['ip-address', 'logged', 'morgan', 7],
      ['ip-address', 'logged', 'morgan', 9],
      ['account-id', 'logged', 'pino-http', 11],
      ['ip-address', 'logged', 'pino-http', 11],
      ['account-id', 'logged', 'express-winston', 12],
    ]);
  });

  it("a Connect app that writes its own `url` token (`morgan.token('url', redact)`): morgan writes what the app makes of the URL", async () => {
    const redacting = [
      "import morgan from 'morgan';",
      "const redactJwt = (req) => req.originalUrl.replace(/jwt=[^&]+/, 'jwt=redacted');",
      "morgan.token('url', redactJwt);",
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(page), 'app.js': server, 'log-tokens.js': redacting });
    assert.deepEqual(logs(facts).map(([line, logger, , carries]) => [line, logger, carries]), [
      [7, 'morgan', ['ip-address']], [8, 'morgan', ['other']], [9, 'morgan', ['ip-address']], [11, 'pino-http', ['account-id', 'secret', 'ip-address']], [12, 'express-winston', ['account-id', 'secret']],
    ]);
  });

  it('a Connect app with webhooks only: its URLs hold no token, its headers do', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(webhooksOnly), 'app.js': server });
    assert.deepEqual(logs(facts).map(([line, , , carries]) => [line, carries]), [
      [7, ['other']], [8, ['other']], [9, ['other']], [11, ['account-id', 'secret']], [12, ['other']],
    ]);
  });

  it("a Connect app without JWT authentication, and a server of no Connect app: no token, but the clients' addresses of people's browsers", async () => {
    for (const files of [
      { 'atlassian-connect.json': descriptor(page, 'none'), 'app.js': server },
      { 'package.json': '{ "name": "server", "dependencies": { "express": "4.18.0", "morgan": "1.10.0" } }', 'app.js': server },
    ]) {
      const { facts } = await scanFiles(files);
      assert.deepEqual(logs(facts).map(([line, , , carries]) => [line, carries]), [[7, ['ip-address']], [8, ['other']], [9, ['ip-address']], [11, ['ip-address']], [12, ['other']]]);
      assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.evidence.line]), [['ip-address', 'logged', 7], ['ip-address', 'logged', 9], ['ip-address', 'logged', 11]]);
    }
  });

  it("a Forge app's remote (an endpoint module): the headers of Forge's requests hold the Forge Invocation Token, the URL nothing known", async () => {
    const manifest = [
      'modules:',
      '  scheduledTrigger:',
      '    - key: nightly',
      '      endpoint: sync-endpoint',
      '      interval: day',
      '  endpoint:',
      '    - key: sync-endpoint',
      '      remote: sync-remote',
      'remotes:',
      '  - key: sync-remote',
      '    baseUrl: https://sync.example.com',
      'app:',
      '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'remote/server.js': server });
    assert.deepEqual(logs(facts).map(([line, logger, , carries]) => [line, logger, carries]), [
      [7, 'morgan', ['other']], [8, 'morgan', ['other']], [9, 'morgan', ['other']], [11, 'pino-http', ['account-id', 'secret']], [12, 'express-winston', ['other']],
    ]);
  });

  it('a request serializer of the app writes what it reads; a redacted Authorization header holds no token', async () => {
    const careful = [
      "const pinoHttp = require('pino-http');",
      "const expressWinston = require('express-winston');",
      "const app = require('express')();",
      "app.use(pinoHttp({ serializers: { req: (req) => ({ method: req.method, agent: req.headers['user-agent'] }) } }));",
      "app.use(pinoHttp({ redact: ['req.headers.authorization', 'req.headers.cookie'] }));",
      "app.use(expressWinston.logger({ headerBlacklist: ['authorization'] }));",
      "const logger = require('pino')({ redact: { paths: ['req.headers.authorization'] } });",
      'app.use(pinoHttp({ logger }));',
      "app.use(pinoHttp({ serializers: { req(req) { return { id: req.id, url: req.url?.split('?')[0], ip: req.ip }; } } }));",
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(webhooksOnly), 'app.js': careful });
    assert.deepEqual(logs(facts).map(([line, logger, , carries, access]) => [line, logger, carries, access]), [
      [4, 'pino-http', ['other'], ['user-agent']],
      [5, 'pino-http', ['other'], ['url', 'client-ip', 'user-agent', 'referrer']],
      [6, 'express-winston', ['other'], ['url', 'user-agent', 'referrer']],
      [8, 'pino-http', ['other'], ['url', 'client-ip', 'user-agent', 'referrer']],
      [9, 'pino-http', ['other'], ['client-ip']],
    ]);
  });
});
