import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'p', url: '/p', name: { value: 'P' } }] } });

describe('Route handlers handed through a wrapper or made by a function of the app', () => {
  it('receive the request: the function a wrapper is given, and the one a factory returns', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'lifecycle.js': [
        'function installed(addon) {',
        '  return function (req, res) {',
        "    console.log('installed', req.body);",
        '  };',
        '}',
        'const removed = (addon) => (req, res) => console.log(req.body);',
        'function helper(addon) {',
        '  return (value) => console.log(value);',
        '}',
        'export default { installed, removed, helper };',
      ].join('\n'),
      'app.js': [
        "import express from 'express';",
        "import asyncHandler from 'express-async-handler';",
        "import lifecycle from './lifecycle.js';",
        'const app = express();',
        "app.post('/a', asyncHandler(async (req, res) => { console.log(req.body); }));",
        "app.post('/installed', lifecycle.installed(app));",
        "app.post('/uninstalled', lifecycle.removed(app));",
        "lifecycle.helper(app)('done');",
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['app.js:5', ['resolver-payload']],
      ['lifecycle.js:3', ['resolver-payload']],
      ['lifecycle.js:6', ['resolver-payload']],
      ['lifecycle.js:8', ['other']],
    ]);
  });
});

describe('A CommonJS module whose export is the function', () => {
  it('module.exports = function …: the route handler it returns gets the request, a lifecycle callback’s body its secret', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {} }),
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'handlers/install.js': [
        'module.exports = function makeInstall({ store }) {',
        '  return function (req, res) {',
        "    console.log('installed', req.body);",
        '  };',
        '};',
      ].join('\n'),
      'handlers/page.js': 'module.exports = (deps) => (req, res) => console.log(req.query.q);',
      'handlers/helper.js': 'module.exports = (name) => console.log(name);',
      'app.js': [
        "const express = require('express');",
        "const makeInstall = require('./handlers/install');",
        "const page = require('./handlers/page');",
        "const helper = require('./handlers/helper');",
        'const app = express();',
        "app.post('/installed', makeInstall({ store: null }));",
        "app.get('/page', page({}));",
        "helper('started');",
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['handlers/helper.js:1', ['other']],
      ['handlers/install.js:3', ['resolver-payload', 'secret']],
      ['handlers/page.js:1', ['resolver-payload']],
    ]);
  });
});

describe('a lifecycle callback’s body with its shared secret taken out', () => {
  it('holds no secret in what is left (`const { sharedSecret, ...rest } = req.body`, `delete data.sharedSecret`); the whole body, and what is left without another field, still do', async () => {
    const server = [
      "const express = require('express');",
      "const Redis = require('ioredis');",
      'const redis = new Redis();',
      'const app = express();',
      "app.post('/installed', async (req, res) => {",
      '  const { sharedSecret, ...installation } = req.body;',
      '  await redis.set(`installation:${installation.clientKey}`, JSON.stringify(installation));',
      '  const { baseUrl, ...others } = req.body;',
      '  await redis.set(`others:${baseUrl}`, JSON.stringify(others));',
      '  await redis.set(`body:${baseUrl}`, JSON.stringify(req.body));',
      '  const data = req.body;',
      '  delete data.sharedSecret;',
      '  await redis.set(`data:${baseUrl}`, JSON.stringify(data));',
      '  res.sendStatus(204);',
      '});',
      "app.post('/uninstalled', async (req, res) => {",
      '  const copy = req.body;',
      '  delete copy.baseUrl;',
      '  await redis.set(`copy:${copy.clientKey}`, JSON.stringify(copy));',
      '  res.sendStatus(204);',
      '});',
      'app.listen(3000);',
    ].join('\n');
    const lifecycle = JSON.stringify({ key: 'k', baseUrl: 'https://k.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed', uninstalled: '/uninstalled' }, scopes: ['READ'], modules: {} });
    const { facts } = await scanFiles({ 'atlassian-connect.json': lifecycle, 'package.json': '{"dependencies":{"express":"4.0.0","ioredis":"5.0.0"}}', 'server.js': server });
    assert.deepEqual(facts.storage.map((s) => `${s.key} [${s.carries.join(',')}] ${s.evidence.line}`), [
      'installation:{} [resolver-payload] 7',
      'others:{} [resolver-payload,secret] 9',
      'body:{} [resolver-payload,secret] 10',
      'data:{} [resolver-payload] 13',
      'copy:{} [resolver-payload,secret] 19',
    ]);
  });
});
