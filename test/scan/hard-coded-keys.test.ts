import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'standup', name: 'Standup', baseUrl: 'https://standup.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {} });
const pkg = JSON.stringify({ dependencies: { express: '^4.19.0', 'express-session': '^1.18.0', 'cookie-session': '^2.1.0', 'cookie-parser': '^1.4.6', jsonwebtoken: '^9.0.2', 'express-jwt': '^8.4.1' } });
const found = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, ...files });
  return facts.secrets.map((s) => `${s.rule} ${s.masked} ${s.evidence.file}:${s.evidence.line} ${s.evidence.excerpt}`);
};

describe('a key that signs the app\'s sessions or tokens, written in the code', () => {
  it('is a secret in the source however plain it looks: a session\'s secret, cookie keys, a token\'s signing key, held by a constant or not', async () => {
    assert.deepEqual(await found({
      'server.js': [
        "const express = require('express');",
        "const session = require('express-session');",
        "import cookieSession from 'cookie-session';",
        "const jwt = require('jsonwebtoken');",
        "const { expressjwt } = require('express-jwt');",
        "const config = { signingKey: 'standup-signing-key' };",
        'const app = express();',
        "app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));",                    // 8
        "app.use(cookieSession({ name: 'standup', keys: ['rotate-me-1', 'rotate-me-2'] }));",                        // 9
        "app.use('/api', expressjwt({ secret: config.signingKey, algorithms: ['HS256'] }));",
        "app.post('/login', (req, res) => res.json({ token: jwt.sign({ sub: req.body.accountId }, config.signingKey) }));",
        'app.listen(3000);',
      ].join('\n'),
    }), [
      'token-key-in-code stan********ey server.js:6 const config = { signingKey: \'stan********ey\' };',
      'session-secret-in-code ke******** server.js:8 app.use(session({ secret: \'ke********\', resave: false, saveUninitialized: true }));',
      'session-secret-in-code ro******** server.js:9 app.use(cookieSession({ name: \'standup\', keys: [\'ro********\', \'ro********\'] }));',
    ]);
  });

  it('is none when read from the environment, also with a default beside it, or written in a test', async () => {
    assert.deepEqual(await found({
      'server.js': [
        "import express from 'express';",
        "import session from 'express-session';",
        "import cookieParser from 'cookie-parser';",
        "import jwt from 'jsonwebtoken';",
        'const app = express();',
        'app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));',
        "app.use(cookieParser(process.env.COOKIE_SECRET || 'dev-only'));",
        "export const tokenFor = (accountId) => jwt.sign({ sub: accountId }, process.env.JWT_KEY ?? 'local');",
        'export const check = (token, key) => jwt.sign(token, key);',
      ].join('\n'),
      'test/auth.test.js': "import jwt from 'jsonwebtoken';\nexport const token = jwt.sign({ sub: 'user-1' }, 'test-signing-key');\n",
    }), []);
  });
});
