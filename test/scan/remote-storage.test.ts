import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (...scopes: string[]) => [
  'modules:',
  '  jira:issuePanel:', '    - key: panel', '      resource: main', '      resolver:', '        endpoint: backend-endpoint', '      title: Panel',
  '  endpoint:', '    - key: backend-endpoint', '      remote: backend', '      auth:', '        appSystemToken:', '          enabled: true',
  'remotes:', '  - key: backend', '    baseUrl: https://backend.example.com', '    operations:', '      - storage',
  'resources:', '  - key: main', '    path: static/build',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - read:app-system-token', ...scopes.map((s) => `    - ${s}`), '',
].join('\n');

const server = (path: string) => [
  "const express = require('express');",
  'const app = express();',
  'app.use(express.json());',
  "app.post('/save', async (req, res) => {",
  "  const token = req.headers['x-forge-oauth-system'];",
  '  const { apiBaseUrl } = res.locals.claims.app;',
  `  const response = await fetch(\`\${apiBaseUrl}${path}\`, {`,
  "    method: 'POST',",
  "    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },",
  "    body: JSON.stringify({ key: 'notes', value: req.body.note }),",
  '  });',
  '  res.json(await response.json());',
  '});',
  'app.listen(3000);',
  '',
].join('\n');

const files = (path: string, ...scopes: string[]) => ({
  'manifest.yml': manifest(...scopes),
  'package.json': '{ "name": "app", "dependencies": { "@forge/bridge": "4.0.0" } }',
  'remote/package.json': '{ "name": "remote", "dependencies": { "express": "4.21.0" } }',
  'remote/server.js': server(path),
});

describe("a remote's requests to Forge storage over REST", () => {
  it('are storage operations of the app that need storage:app, not egress', async () => {
    const { facts } = await scanFiles(files('/forge/storage/kvs/v1/set'));
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.api, s.carries]), [['kvs', 'write', 'POST /forge/storage/kvs/v1/set', ['resolver-payload']]]);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.scopes.missing.map((m) => [m.scope, m.reason, m.evidence.line]), [['storage:app', 'storage', 7]]);
  });

  it('use the storage:app scope the manifest declares', async () => {
    const { facts } = await scanFiles(files('/forge/storage/kvs/v1/entity/query', 'storage:app'));
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op]), [['custom-entity', 'query']]);
    assert.deepEqual(facts.scopes.missing, []);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('stay egress on another path of the gateway', async () => {
    const { facts } = await scanFiles(files('/forge/events/v1/push', 'storage:app'));
    assert.deepEqual(facts.storage, []);
    assert.deepEqual(facts.egress.calls.map((c) => c.url), ['{}/forge/events/v1/push']);
    // A remote given the app system token may reach Forge storage from code outside the folder: not reported unused.
    assert.deepEqual(facts.scopes.unused, []);
    assert.deepEqual(facts.scopes.missing, []);
  });
});

describe('the key of a request to Forge storage over REST', () => {
  it('is the one its body names, a custom entity’s by its entity name', async () => {
    const { facts } = await scanFiles({
      ...files('/forge/storage/kvs/v1/set', 'storage:app'),
      'remote/package.json': '{ "name": "remote", "dependencies": { "express": "4.21.0", "axios": "1.7.0" } }',
      'remote/entities.js': [
        "const axios = require('axios');",
        'async function keep(apiBaseUrl, token, id, accountId) {',
        '  await axios.post(`${apiBaseUrl}/forge/storage/kvs/v1/entity/set`, { entityName: \'watchers\', key: id, value: { accountId } }, {',
        '    headers: { Authorization: `Bearer ${token}` },',
        '  });',
        '  await axios.post(`${apiBaseUrl}/forge/storage/kvs/v1/delete`, { key: `draft-${id}` }, { headers: { Authorization: `Bearer ${token}` } });',
        '}',
        'module.exports = { keep };',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.evidence.file]), [
      ['custom-entity', 'write', 'watchers', 'remote/entities.js'],
      ['kvs', 'delete', 'draft-{}', 'remote/entities.js'],
      ['kvs', 'write', 'notes', 'remote/server.js'],
    ]);
    assert.equal(facts.egress.calls.some((c) => 'storageKey' in c), false);
  });
});
