import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' }, modules: {} });

describe('request loggers mounted as middleware', () => {
  it('pino-http, by its default or its named export, logs each request with its headers (the Connect JWT), unless they are redacted or its own serializer prints the request', async () => {
    const server = [
      "import express from 'express';",
      "import pino from 'pino';",
      "import pinoHttp from 'pino-http';",
      "import { pinoHttp as named } from 'pino-http';",
      'const app = express();',
      'app.use(pinoHttp({ logger: pino() }));',
      "app.use(named({ redact: ['req.headers.authorization'] }));",
      'app.use(pinoHttp({ serializers: { req: (req) => ({ method: req.method, url: req.url }) } }));',
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"express":"4.0.0","pino-http":"10.0.0"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.level, l.carries, l.access, at(l.evidence)]), [
      ['pino-http', 'access', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer'], 'server.js:6'],
      ['pino-http', 'access', ['other'], ['url', 'client-ip', 'user-agent', 'referrer'], 'server.js:7'],
      ['pino-http', 'access', ['other'], ['url'], 'server.js:8'],
    ]);
  });
});

describe('bunyan\'s request loggers', () => {
  it('express-bunyan-logger writes the client address, URL, headers and user agent of each request, less the fields `excludes` names; its format writes its tokens', async () => {
    const server = [
      "import express from 'express';",
      "import expressBunyanLogger from 'express-bunyan-logger';",
      'const app = express();',
      "app.use(expressBunyanLogger({ name: 'notes' }));",
      "app.use(expressBunyanLogger.errorLogger({ excludes: ['req', 'res', 'req-headers', 'res-headers', 'body', 'user-agent', 'referer'] }));",
      "app.use(expressBunyanLogger({ excludes: ['*'], format: ':method :url :status-code' }));",
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"express":"4.0.0","express-bunyan-logger":"1.3.3"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.level, l.carries, l.access, at(l.evidence)]), [
      ['express-bunyan-logger', 'access', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer', 'body'], 'server.js:4'],
      // Its message's default format still writes the referrer and the user agent.
      ['express-bunyan-logger', 'access', ['other'], ['url', 'client-ip', 'user-agent', 'referrer'], 'server.js:5'],
      ['express-bunyan-logger', 'access', ['other'], ['url'], 'server.js:6'],
    ]);
  });

  it('express-bunyan-logger\'s format writes the request headers it names: the Authorization header, not an ID of the request', async () => {
    const server = [
      "import express from 'express';",
      "import expressBunyanLogger from 'express-bunyan-logger';",
      'const app = express();',
      "app.use(expressBunyanLogger({ excludes: ['*'], format: ':method :req-headers[x-request-id]' }));",
      "app.use(expressBunyanLogger({ excludes: ['*'], format: ':method :req-headers[Authorization]' }));",
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"express":"4.0.0","express-bunyan-logger":"1.3.3"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.access, at(l.evidence)]), [[[], 'server.js:4'], [['headers'], 'server.js:5']]);
  });

  it('bunyan-middleware (unless it blanks the Authorization header) and koa-bunyan-logger write the request as bunyan serializes it; koa-logger its URL', async () => {
    const server = [
      "import express from 'express';",
      "import bunyan from 'bunyan';",
      "import bunyanMiddleware from 'bunyan-middleware';",
      "import Koa from 'koa';",
      "import koaBunyanLogger from 'koa-bunyan-logger';",
      "import koaLogger from 'koa-logger';",
      "const log = bunyan.createLogger({ name: 'notes' });",
      'const app = express();',
      'app.use(bunyanMiddleware({ logger: log }));',
      "app.use(bunyanMiddleware({ logger: log, obscureHeaders: ['Authorization'] }));",
      'const koa = new Koa();',
      'koa.use(koaBunyanLogger());',
      'koa.use(koaBunyanLogger.requestLogger());',
      'koa.use(koaLogger());',
      'app.listen(3000);',
    ].join('\n');
    const dependencies = { express: '4.0.0', bunyan: '1.8.15', 'bunyan-middleware': '1.0.2', koa: '2.15.0', 'koa-bunyan-logger': '2.1.0', 'koa-logger': '3.2.1' };
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': JSON.stringify({ dependencies }), 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.level, l.carries, l.access, at(l.evidence)]), [
      ['bunyan-middleware', 'access', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer'], 'server.js:9'],
      ['bunyan-middleware', 'access', ['other'], ['url', 'client-ip', 'user-agent', 'referrer'], 'server.js:10'],
      ['koa-bunyan-logger', 'access', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer'], 'server.js:13'],
      ['koa-logger', 'access', ['other'], ['url'], 'server.js:14'],
    ]);
  });
});

describe('request bodies in access logs', () => {
  const webhooks = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { webhooks: [{ event: 'jira:issue_created', url: '/issue-created' }] } });

  it("express-bunyan-logger, express-winston told to (writing only what its own list names), morgan with a token of the app's and pino-http with a serializer keeping the body write it: Connect's `installed` body holds the shared secret", async () => {
    const server = [
      "import express from 'express';",
      "import expressBunyanLogger from 'express-bunyan-logger';",
      "import expressWinston from 'express-winston';",
      "import morgan from 'morgan';",
      "import pinoHttp from 'pino-http';",
      "import './log-tokens.js';",
      'const app = express();',
      'app.use(express.json());',
      "app.use(expressBunyanLogger({ name: 'notes', excludes: ['req', 'req-headers'] }));",
      "app.use(expressBunyanLogger({ name: 'notes', excludes: ['req', 'req-headers'], obfuscate: ['body'] }));",
      'expressWinston.requestWhitelist.push(\'body\');',
      'app.use(expressWinston.logger({ transports: [] }));',
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url', 'method'] }));",
      "app.use(morgan(':method :url :status :body'));",
      'app.use(pinoHttp({ serializers: { req(req) { req.body = req.raw.body; return req; } } }));',
      "app.use(expressBunyanLogger({ name: 'notes', excludes: ['req', 'req-headers'], obfuscate: ['body.sharedSecret'] }));",
      "app.use(expressWinston.logger({ transports: [], headerBlacklist: ['authorization'], bodyBlacklist: ['sharedSecret'] }));",
      "app.post('/installed', (req, res) => res.sendStatus(204));",
      'app.listen(3000);',
    ].join('\n');
    const tokens = "import morgan from 'morgan';\nmorgan.token('body', (req) => JSON.stringify(req.body));\n";
    const dependencies = { express: '4.0.0', 'express-bunyan-logger': '1.3.3', 'express-winston': '4.2.0', morgan: '1.10.0', 'pino-http': '10.0.0' };
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': JSON.stringify({ dependencies }), 'server.js': server, 'log-tokens.js': tokens });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.carries, l.access, at(l.evidence), l.bodyWithout]), [
      ['express-bunyan-logger', ['secret'], ['url', 'client-ip', 'user-agent', 'referrer', 'body'], 'server.js:9', undefined],
      ['express-bunyan-logger', ['other'], ['url', 'client-ip', 'user-agent', 'referrer'], 'server.js:10', undefined],
      ['express-winston', ['account-id', 'secret'], ['url', 'headers', 'user-agent', 'referrer', 'body'], 'server.js:12', undefined],
      // Its own list in place of the module's: the URL, no headers.
      ['express-winston', ['other'], ['url'], 'server.js:13', undefined],
      ['morgan', ['secret'], ['url', 'body'], 'server.js:14', undefined],
      ['pino-http', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer', 'body'], 'server.js:15', undefined],
      // The shared secret left out of the body.
      ['express-bunyan-logger', ['other'], ['url', 'client-ip', 'user-agent', 'referrer', 'body'], 'server.js:16', ['sharedSecret']],
      ['express-winston', ['other'], ['url', 'user-agent', 'referrer', 'body'], 'server.js:17', ['sharedSecret']],
    ]);
  });

  it("express-winston's bodyWhitelist writes the body's fields it names and no others, with or without `body` in its list; bodyBlacklist is then unread", async () => {
    const server = [
      "import express from 'express';",
      "import expressWinston from 'express-winston';",
      'const app = express();',
      'app.use(express.json());',
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url', 'body'], bodyWhitelist: ['clientKey', 'eventType'] }));",
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url', 'body'], bodyWhitelist: ['clientKey'], bodyBlacklist: ['baseUrl'] }));",
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['originalUrl'], bodyWhitelist: ['clientKey', 'sharedSecret'] }));",
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url', 'body'] }));",
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url', 'body'], bodyWhitelist: [process.env.LOGGED_FIELD] }));",
      "app.post('/installed', (req, res) => res.sendStatus(204));",
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': JSON.stringify({ dependencies: { express: '4.0.0', 'express-winston': '4.2.0' } }), 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.carries, l.access, at(l.evidence), l.bodyOnly]), [
      [['other'], ['url', 'body'], 'server.js:5', ['clientKey', 'eventType']],
      [['other'], ['url', 'body'], 'server.js:6', ['clientKey']],
      [['secret'], ['url', 'body'], 'server.js:7', ['clientKey', 'sharedSecret']],
      [['secret'], ['url', 'body'], 'server.js:8', undefined],
      // A field it cannot tell may be the shared secret.
      [['secret'], ['url', 'body'], 'server.js:9', undefined],
    ]);
  });

  it('a webhook\'s body holds the issue and the user who acted; a token or a list that leaves out the body, or reads one field of it, writes none; one naming the body\'s `user` writes the account ID', async () => {
    const server = [
      "import express from 'express';",
      "import expressWinston from 'express-winston';",
      "import morgan from 'morgan';",
      'const app = express();',
      "morgan.token('id', (req) => req.id);",
      "app.use(morgan(':id :method :url :status'));",
      "morgan.token('issue', (req) => req.body && req.body.issue ? req.body.issue.key : '-');",
      "app.use(morgan(':method :status :issue'));",
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: [...expressWinston.requestWhitelist, 'body'] }));",
      'app.use(expressWinston.logger({ transports: [] }));',
      "app.use(expressWinston.logger({ transports: [], requestWhitelist: ['url'], bodyWhitelist: ['user'] }));",
      "app.post('/issue-created', (req, res) => res.sendStatus(204));",
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': webhooks, 'package.json': '{"dependencies":{"express":"4.0.0","express-winston":"4.2.0","morgan":"1.10.0"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.carries, l.access, at(l.evidence)]), [
      ['morgan', ['other'], ['url'], 'server.js:6'],
      // A token that reads one field of the body writes that field, not the body.
      ['morgan', ['other'], [], 'server.js:8'],
      ['express-winston', ['account-id', 'secret', 'product-content'], ['url', 'headers', 'user-agent', 'referrer', 'body'], 'server.js:9'],
      ['express-winston', ['account-id', 'secret'], ['url', 'headers', 'user-agent', 'referrer'], 'server.js:10'],
      // The user who acted, not the issue.
      ['express-winston', ['account-id'], ['url', 'body'], 'server.js:11'],
    ]);
  });
});

describe('NestJS apps logging with nestjs-pino', () => {
  it("LoggerModule.forRoot puts pino-http before every route, given its pinoHttp options (also those forRootAsync's factory returns); autoLogging: false logs no request, here or given to pino-http", async () => {
    const module = [
      "import { Module } from '@nestjs/common';",
      "import { LoggerModule } from 'nestjs-pino';",
      "import pinoHttp from 'pino-http';",
      '@Module({',
      '  imports: [',
      "    LoggerModule.forRoot({ pinoHttp: { level: 'info', redact: ['req.headers.authorization'] } }),",
      '    LoggerModule.forRoot(),',
      '    LoggerModule.forRoot({ pinoHttp: { autoLogging: false } }),',
      "    LoggerModule.forRootAsync({ useFactory: () => ({ pinoHttp: [{ serializers: { req(req) { req.body = req.raw.body; return req; } } }, process.stdout] }) }),",
      '  ],',
      '})',
      'export class AppModule {}',
      'export const quiet = pinoHttp({ autoLogging: false });',
    ].join('\n');
    const dependencies = { '@nestjs/common': '10.0.0', 'nestjs-pino': '4.0.0', 'pino-http': '10.0.0' };
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': JSON.stringify({ dependencies }), 'src/app.module.ts': module });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.carries, l.access, at(l.evidence)]), [
      ['nestjs-pino', ['other'], ['url', 'client-ip', 'user-agent', 'referrer'], 'src/app.module.ts:6'],
      ['nestjs-pino', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer'], 'src/app.module.ts:7'],
      ['nestjs-pino', ['account-id', 'secret'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer', 'body'], 'src/app.module.ts:9'],
    ]);
  });
});

describe('servers that log their requests themselves', () => {
  it('Fastify made with a logger logs the URL and client address of each request (a Connect page’s JWT, the user’s address), unless request logging is off or its serializer leaves them out', async () => {
    const pages = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] } });
    const server = [
      "import Fastify from 'fastify';",
      'const app = Fastify({ logger: true });',
      "const quiet = Fastify({ logger: { level: 'warn' }, disableRequestLogging: true });",
      "const own = Fastify({ logger: { level: 'info', serializers: { req: (req) => ({ method: req.method, id: req.id }) } } });",
      'const none = Fastify();',
      'const off = Fastify({ logger: false });',
      "app.get('/main', async () => 'ok');",
      'export { quiet, own, none, off };',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': pages, 'package.json': '{"dependencies":{"fastify":"4.21.0"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.level, l.carries, l.access, at(l.evidence)]), [
      ['fastify', 'access', ['account-id', 'secret', 'ip-address'], ['url', 'client-ip'], 'server.js:2'],
      ['fastify', 'access', ['other'], [], 'server.js:4'],
    ]);
  });
});
