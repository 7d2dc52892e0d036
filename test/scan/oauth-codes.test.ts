import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const pkg = '{ "name": "links", "dependencies": { "express": "4.18.0", "axios": "1.6.0", "pg": "8.11.0" } }';
const server = [
  "const express = require('express');",
  "const axios = require('axios');",
  "const { Pool } = require('pg');",
  'const app = express();',
  'const pool = new Pool();',
  "app.get('/oauth/github/callback', async (req, res) => {",
  '  const code = req.query.code;',
  "  console.log('callback', code);",
  "  const answer = await axios.post('https://github.com/login/oauth/access_token', { client_id: process.env.GITHUB_CLIENT_ID, client_secret: process.env.GITHUB_CLIENT_SECRET, code });",
  "  await pool.query('insert into links (site, token) values ($1, $2)', [req.query.state, answer.data.access_token]);",
  "  res.redirect('/');",
  '});',
  "app.get('/auth/tracker/redirect', async (req, res) => {",
  '  const { code: grant } = req.query;',
  "  const body = JSON.stringify({ grant_type: 'authorization_code', code: grant, code_verifier: req.session.verifier });",
  "  await fetch('https://auth.tracker.example.com/oauth/token', { method: 'POST', body });",
  "  console.info('exchanged', grant);",
  "  res.redirect('/');",
  '});',
  "app.get('/errors', (req, res) => {",
  '  const code = req.query.code;',
  "  console.log('error page', code);",
  "  res.send('error ' + code);",
  '});',
  "app.post('/webhooks/callback', (req, res) => {",
  "  console.log('delivery', req.body.code);",
  '  res.sendStatus(204);',
  '});',
  'app.listen(3000);',
  '',
].join('\n');

describe('the authorization code of an OAuth redirect', () => {
  it('is a credential where the app exchanges it and logs it; the code of another route, or of a POST callback, is not', async () => {
    const { facts } = await scanFiles({ 'package.json': pkg, 'server.js': server });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[8, ['secret']], [17, ['secret']], [22, ['other']], [26, ['other']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.host, c.carries]), [[9, 'github.com', ['secret']], [16, 'auth.tracker.example.com', ['resolver-payload', 'secret']]]);
  });
});
