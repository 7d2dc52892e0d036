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

describe('the uninstalled callback of an app whose own router answers installed', () => {
  const lifecycle = JSON.stringify({
    key: 'roster-sync', baseUrl: 'https://roster.example.com', authentication: { type: 'jwt' },
    lifecycle: { installed: '/connect/installed', uninstalled: '/connect/uninstalled' }, scopes: ['READ'],
    modules: { generalPages: [{ key: 'roster', url: '/roster', name: { value: 'Roster' } }] },
  });
  const server = (routes: string[]): Record<string, string> => ({
    'atlassian-connect.json': lifecycle,
    'package.json': JSON.stringify({ dependencies: { express: '^4.0.0', 'atlassian-connect-auth': '^1.1.0' } }),
    'server.js': ["const express = require('express');", "const { onInstall } = require('./install');", 'const app = express();', 'app.use(express.json());', ...routes, 'app.listen(8080);'].join('\n'),
    'install.js': 'module.exports.onInstall = async (req, res) => { res.sendStatus(204); };',
  });

  it('handles no uninstall when no route takes it', async () => {
    const { facts } = await scanFiles(server(["app.post('/connect/installed', onInstall);", "app.post('/feedback', (req, res) => res.end());"]));
    assert.deepEqual(facts.uninstall, []);
    assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unanswered-lifecycle').map((d) => `${d.file}:${d.line}`), ['atlassian-connect.json:1']);
  });

  it('is handled by a route on its path, one with a parameter, or when a route path is not known; and not judged when installed is answered out of sight', async () => {
    for (const routes of [
      ["app.post('/connect/installed', onInstall);", "app.post('/connect/uninstalled', (req, res) => res.end());"],
      ["app.post('/connect/installed', onInstall);", "app.post('/connect/:event', (req, res) => res.end());"],
      ["app.post('/connect/installed', onInstall);", "app.post(process.env.HOOK_PATH, (req, res) => res.end());"],
      ["app.post('/feedback', (req, res) => res.end());"],
    ]) {
      const { facts } = await scanFiles(server(routes));
      assert.deepEqual(facts.uninstall.map((u) => u.via), ['Connect lifecycle `uninstalled` (/connect/uninstalled)'], routes.join('\n'));
      assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unanswered-lifecycle'), [], routes.join('\n'));
    }
  });
});

describe('the uninstalled callback taken by a route registered another way', () => {
  const lifecycle = JSON.stringify({
    key: 'roster-sync', baseUrl: 'https://roster.example.com', authentication: { type: 'jwt' },
    lifecycle: { installed: '/connect/installed', uninstalled: '/connect/uninstalled' }, scopes: ['READ'],
    modules: { generalPages: [{ key: 'roster', url: '/roster', name: { value: 'Roster' } }] },
  });
  const server = (dependency: string, lines: string[]): Record<string, string> => ({
    'atlassian-connect.json': lifecycle,
    'package.json': JSON.stringify({ dependencies: { [dependency]: '^4.0.0' } }),
    'server.js': [`const ${dependency} = require('${dependency}');`, 'function onInstall(req, res) { res.end(); }', ...lines].join('\n'),
  });

  it('is handled by `app.route(path).post(…)` and by fastify\'s `route({ method, url, handler })`, which get the secret; not judged for a `route(…)` call of another form', async () => {
    for (const files of [
      server('express', ['const app = express();', "app.post('/connect/installed', onInstall);", 'function onUninstall(req, res) { console.log(req.body); res.end(); }', "app.route('/connect/uninstalled').post(onUninstall);"]),
      server('express', ['const app = express();', "app.post('/connect/installed', onInstall);", "app.route('/connect/uninstalled').get((req, res) => res.end()).post((req, res) => { console.log(req.body); res.end(); });"]),
      server('fastify', ['const app = fastify();', "app.post('/connect/installed', onInstall);", "app.route({ method: 'POST', url: '/connect/uninstalled', handler: async (req) => { console.log(req.body); } });"]),
      server('fastify', ['const app = fastify();', "app.post('/connect/installed', onInstall);", "app.route({ method: ['GET', 'POST'], path: '/connect/uninstalled', async handler(req) { console.log(req.body); } });"]),
    ]) {
      const { facts } = await scanFiles(files);
      assert.deepEqual(facts.uninstall.map((u) => u.via), ['Connect lifecycle `uninstalled` (/connect/uninstalled)'], files['server.js']);
      assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unanswered-lifecycle'), [], files['server.js']);
      assert.deepEqual(facts.logs.map((l) => l.carries.includes('secret')), [true], files['server.js']);
    }
    const { facts } = await scanFiles(server('fastify', ['const app = fastify();', "app.post('/connect/installed', onInstall);", 'app.route(routes.uninstalled);']));
    assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unanswered-lifecycle'), []);
  });

  it('is not taken by a GET route of the chain or of fastify', async () => {
    for (const files of [
      server('express', ['const app = express();', "app.post('/connect/installed', onInstall);", "app.route('/connect/uninstalled').get((req, res) => res.end());"]),
      server('fastify', ['const app = fastify();', "app.post('/connect/installed', onInstall);", "app.route({ method: 'GET', url: '/connect/uninstalled', handler: async () => 'ok' });"]),
    ]) {
      const { facts } = await scanFiles(files);
      assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unanswered-lifecycle').map((d) => d.file), ['atlassian-connect.json'], files['server.js']);
    }
  });
});
