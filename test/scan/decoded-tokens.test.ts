import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed', uninstalled: '/uninstalled' }, modules: {} });

// A Connect back end that checks tokens and webhooks itself: what a verified token or event holds is its claims, not the key.
const server = [
  "const jwt = require('atlassian-jwt');",
  "const jsonwebtoken = require('jsonwebtoken');",
  "const Stripe = require('stripe');",
  "const { pool } = require('./db');",
  'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);',
  'async function uninstalled(req, res) {',
  "  const token = req.header('authorization').slice(4);",
  "  const claims = jwt.decodeAsymmetric(token, '', jwt.AsymmetricAlgorithm.RS256, true);",
  "  console.info('uninstalled', claims.iss);",
  '}',
  'function verify(token, installation) {',
  '  const claims = jsonwebtoken.verify(token, installation.sharedSecret);',
  "  console.log('request from', claims.iss);",
  '}',
  'async function webhook(req, res) {',
  "  const event = stripe.webhooks.constructEvent(req.body, req.header('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);",
  "  await pool.query('UPDATE credits SET balance = balance + $1 WHERE client_key = $2', [event.data.object.metadata.credits, event.data.object.client_reference_id]);",
  '}',
  "function leak(installation) { console.log('secret', installation.sharedSecret); }",
  'module.exports = { uninstalled, verify, webhook, leak };',
].join('\n');
const db = "const { Pool } = require('pg');\nexports.pool = new Pool();\n";

describe('tokens and webhook events an app verifies', () => {
  it('hold their claims, not the key they were checked with', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"pg":"8.0.0","stripe":"17.0.0"}}', 'server.js': server, 'db.js': db });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['server.js:9', ['other']],
      ['server.js:13', ['other']],
      ['server.js:19', ['secret']],
    ]);
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries, at(s.evidence)]), [['write', 'credits', ['other'], 'server.js:17']]);
  });
});

describe('the claims of a Connect JWT an app decodes itself', () => {
  it("name the user: `sub` holds the account ID, destructured or read, also when the decode is guarded; `iss` is the site's client key", async () => {
    const pages = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'p', url: '/panel', name: { value: 'P' } }] } });
    const app = [
      "const express = require('express');",
      "const jwt = require('atlassian-jwt');",
      "const { Pool } = require('pg');",
      'const pool = new Pool();',
      'const app = express();',
      "app.get('/panel', async (req, res) => {",
      "  const claims = (req.query.jwt && jwt.decode(req.query.jwt, '', true)) || null;",
      "  console.log('user', claims.sub);",
      "  console.log('site', claims.iss);",
      "  const { sub, iss } = jwt.decodeSymmetric(req.query.jwt, process.env.SECRET, 'HS256');",
      "  await pool.query('INSERT INTO visits (site, account) VALUES ($1, $2)', [iss, sub]);",
      "  res.send('ok');",
      '});',
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({ 'atlassian-connect.json': pages, 'package.json': '{"dependencies":{"express":"4.0.0","atlassian-jwt":"2.0.0","pg":"8.0.0"}}', 'server.js': app });
    assert.deepEqual(facts.logs.filter((l) => l.level !== 'access').map((l) => [at(l.evidence), l.carries]), [
      ['server.js:8', ['account-id']],
      ['server.js:9', ['other']],
    ]);
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries, at(s.evidence)]), [['write', 'visits', ['account-id'], 'server.js:11']]);
  });
});

describe('what a token check of a package gives', () => {
  it("is the token as a whole, but its registered claims (`aud`, `iss`, `exp`) are none of it; `sub` and other fields stay the token's", async () => {
    const manifest = [
      'app:',
      '  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-0000000000aa',
      '  runtime:',
      '    name: nodejs22.x',
      'modules:',
      '  webtrigger:',
      '    - key: hook',
      '      function: hook',
      '  function:',
      '    - key: hook',
      '      handler: index.hook',
    ].join('\n');
    const index = [
      "import { checkInvocation } from 'acme-forge-kit';",
      'export async function hook(request, context) {',
      '  const outcome = await checkInvocation(context.headers.authorization);',
      "  console.debug('checked for app', outcome.value.aud, 'from', outcome.value.iss);",
      "  console.debug('good until', outcome.exp);",
      "  console.debug('token', outcome.value.raw);",
      "  console.debug('subject', outcome.value.sub);",
      '  return { statusCode: 204 };',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{"dependencies":{"acme-forge-kit":"1.0.0"}}', 'src/index.js': index });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/index.js:4', ['other']],
      ['src/index.js:5', ['other']],
      ['src/index.js:6', ['secret']],
      ['src/index.js:7', ['secret']],
    ]);
  });
});
