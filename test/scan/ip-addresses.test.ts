import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'visits', name: 'Visits', baseUrl: 'https://visits.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] },
});
const pkg = '{ "name": "visits", "dependencies": { "express": "4.18.0", "pg": "8.11.0", "pino": "8.0.0", "analytics-node": "6.2.0", "request-ip": "3.3.0" } }';

const addressOf = [
  'function addressOf(request) {',
  "  const forwarded = request.headers['x-forwarded-for'];",
  "  if (typeof forwarded === 'string') return forwarded.split(',')[0].trim();",
  "  return request.socket.remoteAddress || '';",
  '}',
  'module.exports = { addressOf };',
  '',
].join('\n');

const server = [
  "const express = require('express');",
  "const { Pool } = require('pg');",
  "const pino = require('pino');",
  "const Analytics = require('analytics-node');",
  "const requestIp = require('request-ip');",
  "const { addressOf } = require('./address-of');",
  'const app = express();',
  'const pool = new Pool();',
  'const logger = pino();',
  'const analytics = new Analytics(process.env.SEGMENT_WRITE_KEY);',
  "app.post('/sign-in', async (req, res) => {",
  "  await pool.query('insert into audit (action, ip_address) values ($1, $2)', ['sign-in', req.ip]);",
  "  logger.info({ ip: req.headers['x-real-ip'] }, 'sign-in');",
  '  const { ips } = req;',
  "  await pool.query('insert into hops (list) values ($1)', [ips.join(',')]);",
  "  res.send('ok');",
  '});',
  "app.get('/main', async (req, res) => {",
  '  const ip = addressOf(req);',
  "  logger.warn({ ip }, 'visit');",
  "  analytics.track({ event: 'view', anonymousId: 'a', context: { ip: requestIp.getClientIp(req) } });",
  "  const geo = await fetch(`https://geo.example.net/${req.get('X-Forwarded-For')}`);",
  "  console.log('path', req.path);",
  '  res.send(await geo.text());',
  '});',
  'app.listen(3000);',
  '',
].join('\n');

/** Addresses that are no client's: a host the server resolves, its own, an allow-list, a constant. */
const servers = [
  "const dns = require('node:dns/promises');",
  "const pino = require('pino');",
  'const logger = pino();',
  'async function check(host, config) {',
  '  const { address: ip } = await dns.lookup(host);',
  "  logger.info({ ip, serverIp: config.serverIp, allowedIps: config.allowedIps }, 'resolved');",
  "  const fallback = { ip: '10.0.0.1' };",
  "  logger.info(fallback, 'fallback');",
  '}',
  'module.exports = { check };',
  '',
].join('\n');

describe("clients' IP addresses", () => {
  it("a server's handlers that store, log and send the address of the request's client", async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'address-of.js': addressOf, 'app.js': server, 'check.js': servers });
    const at = (e: { file: string; line: number }) => `${e.file}:${e.line}`;
    assert.deepEqual(facts.storage.map((s) => [at(s.evidence), s.carries]), [['app.js:12', ['ip-address']], ['app.js:15', ['ip-address']]]);
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['app.js:13', ['ip-address']], ['app.js:20', ['ip-address']], ['app.js:23', ['resolver-payload']], ['check.js:6', ['other']], ['check.js:8', ['literal']],
    ]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target, at(u.evidence)]), [
      ['ip-address', 'stored', 'external-db', 'app.js:12'],
      ['ip-address', 'stored', 'external-db', 'app.js:15'],
      ['ip-address', 'logged', 'pino', 'app.js:13'],
      ['ip-address', 'logged', 'pino', 'app.js:20'],
      ['ip-address', 'sent', 'geo.example.net', 'app.js:22'],
      ['ip-address', 'sent', 'vendor:segment', 'app.js:21'],
    ]);
  });
});
