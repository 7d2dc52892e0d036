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
