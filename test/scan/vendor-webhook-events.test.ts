import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' }, modules: {} });

// An Express Connect back end with a billing webhook: the event a vendor's signature check returns is the vendor's data
// about its own customers, not what the product or its users send, though it comes in as a route's body.
const server = [
  "const express = require('express');",
  "const Stripe = require('stripe');",
  "const { Webhook } = require('svix');",
  "const jsonwebtoken = require('jsonwebtoken');",
  "const winston = require('winston');",
  'const logger = winston.createLogger({ transports: [new winston.transports.Console()] });',
  'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);',
  'const app = express();',
  "app.post('/billing/stripe', express.raw({ type: 'application/json' }), (req, res) => {",
  "  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);",
  '  const sub = event.data.object;',
  '  const plan = sub.items.data[0].price.id;',
  "  logger.info('Subscription changed', { customer: sub.customer, plan });",
  '  res.sendStatus(200);',
  '});',
  "app.post('/billing/mail', (req, res) => {",
  '  const wh = new Webhook(process.env.MAIL_WEBHOOK_SECRET);',
  '  const msg = wh.verify(req.body, req.headers);',
  "  logger.info('Mail event', { type: msg.type, to: msg.data.to });",
  '  res.sendStatus(200);',
  '});',
  "app.post('/sync', (req, res) => {",
  '  const claims = jsonwebtoken.decode(req.body.signed);',
  "  logger.info('Sync from', { who: claims.user });",
  '  res.sendStatus(200);',
  '});',
  'app.listen(3000);',
].join('\n');

describe("a vendor's verified webhook event", () => {
  it("holds the vendor's data, not the route's payload; a token of the route's body still holds it", async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"express":"4.0.0","stripe":"17.0.0","svix":"1.0.0","jsonwebtoken":"9.0.0","winston":"3.0.0"}}', 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['server.js:13', ['other']],
      ['server.js:19', ['other']],
      ['server.js:24', ['resolver-payload']],
    ]);
  });
});
