import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const descriptor = JSON.stringify({
  key: 'roster-sync', baseUrl: 'https://roster.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/connect/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'roster', url: '/roster', name: { value: 'Roster' } }] },
});

describe('a Connect lifecycle callback answered by a function of the app named in the route', () => {
  it('hands the shared secret to the function, imported, taken from a module or defined beside the route; not to another route\'s', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'server.js': [
        "const express = require('express');",
        "const lifecycle = require('./lifecycle');",
        "const { recordInstall } = require('./lifecycle');",
        'function onInstall(req, res) {',
        "  console.log('install', req.body);",
        '  res.sendStatus(204);',
        '}',
        'function onFeedback(req, res) {',
        "  console.log('feedback', req.body);",
        '  res.sendStatus(204);',
        '}',
        'const app = express();',
        "app.post('/connect/installed', lifecycle.installed);",
        "express().use(express.json()).post('/connect/installed', recordInstall);",
        "app.post('/connect/installed', onInstall);",
        "app.post('/feedback', onFeedback);",
        'app.listen(8080);',
      ].join('\n'),
      'lifecycle.js': [
        'const installed = async (req, res) => {',
        "  console.info('installed for', req.body);",
        '  res.sendStatus(204);',
        '};',
        'async function recordInstall(req, res) {',
        '  console.debug(req.body);',
        '  res.sendStatus(204);',
        '}',
        'module.exports = { installed, recordInstall };',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries.includes('secret')]), [
      ['lifecycle.js:2', true],
      ['lifecycle.js:6', true],
      ['server.js:5', true],
      ['server.js:9', false],
    ]);
  });
});
