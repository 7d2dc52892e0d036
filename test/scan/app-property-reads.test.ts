import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'board-notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'],
  lifecycle: { installed: '/installed' }, modules: {},
});

const SERVER = [
  "const express = require('express');",
  "const ace = require('atlassian-connect-express');",
  'const app = express();',
  'const addon = ace(app);',
  '',
  "app.post('/settings', addon.authenticate(), (req, res) => {",
  '  const http = addon.httpClient(req);',
  "  http.put({ url: '/rest/atlassian-connect/1/addons/board-notes/properties/settings', json: { theme: req.body.theme } }, () => res.sendStatus(204));",
  '});',
  '',
  "app.get('/settings', addon.authenticate(), (req, res) => {",
  '  const http = addon.httpClient(req);',
  "  http.get({ url: '/rest/atlassian-connect/1/addons/board-notes/properties/settings', json: true }, (err, response, body) => {",
  "    addon.settings.set('settings', body.value, req.context.clientKey);",
  '    res.json(body.value);',
  '  });',
  "  http.get({ url: '/rest/atlassian-connect/1/addons/board-notes/properties/counters', json: true }, (err, response, body) => {",
  "    addon.settings.set('counters', body.value, req.context.clientKey);",
  '  });',
  '});',
  '',
  'module.exports = app;',
  '',
].join('\n');

const FORGE = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event) {',
  "  await api.asApp().requestJira(route`/rest/atlassian-connect/1/addons/board-notes/properties/limits`, { method: 'PUT', body: JSON.stringify({ max: 3 }) });",
  "  const res = await api.asApp().requestJira(route`/rest/atlassian-connect/1/addons/board-notes/properties/limits`);",
  '  const limits = await res.json();',
  "  await storage.set('limits', limits.value);",
  "  const issue = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}/properties/limits`)).json();",
  "  await storage.set(`issue:${event.key}`, issue.value);",
  '}',
  '',
].join('\n');

describe('an app property read back holds what the app writes to it, not the product\'s content', () => {
  it('through ACE\'s client: what its routes write there; a property it never writes, nothing known', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ main: 'index.js', dependencies: { 'atlassian-connect-express': '^11.0.0', express: '^4.0.0' } }),
      'index.js': SERVER,
    });
    const kept = facts.storage.filter((s) => s.backend === 'external-db' && s.key !== 'clientInfo').map((s) => `${s.evidence.line} ${s.carries.join(',')}`);
    // 14: the theme the POST route was sent; 18: a property no code writes.
    assert.deepEqual(kept, ['14 resolver-payload', '18 other']);
  });

  it('through requestJira: the constants written there, no data; an issue property, which others write too, stays the product\'s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': FORGE,
    });
    const kept = facts.storage.filter((s) => s.backend === 'kvs').map((s) => `${s.evidence.line} ${s.carries.join(',')}`);
    assert.deepEqual(kept, ['7 other', '9 product-content']);
  });
});
