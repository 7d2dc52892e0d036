import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A server that builds its descriptor in code and serves it at /atlassian-connect.json.
const server = [
  "const express = require('express');",
  'const app = express();',
  'const descriptor = {',
  "  key: 'release-radar', name: 'Release Radar', baseUrl: process.env.BASE_URL, authentication: { type: 'jwt' }, scopes: ['READ'],",
  "  modules: { webhooks: [{ event: 'jira:issue_updated', url: '/updated' }] },",
  '};',
  "app.get('/atlassian-connect.json', (req, res) => res.json(descriptor));",
].join('\n');
const json = (key: string): string => JSON.stringify({
  key, baseUrl: 'https://fixture.example.com', authentication: { type: 'jwt' }, scopes: ['ADMIN'], modules: { webhooks: [{ event: 'jira:issue_created', url: '/created' }] },
}, null, 2);

describe('which descriptor is the app\'s', () => {
  it('the one the server builds in code, not a test\'s fixture descriptor nor a JSON file of another name beside it', async () => {
    for (const other of ['test/descriptor.json', 'mocks/connect.json', 'descriptor.json']) {
      const { facts } = await scanFiles({ 'package.json': '{"dependencies":{"express":"4"}}', 'server.js': server, [other]: json('fixture-app') });
      assert.deepEqual([facts.app.key, facts.app.descriptor, facts.scopes.declared.map((s) => s.scope)], ['release-radar', 'server.js', ['READ']], other);
    }
  });

  it('a JSON file of another name when no code builds one; a test\'s never', async () => {
    const reads = "const express = require('express');\nexpress().get('/atlassian-connect.json', (req, res) => res.sendFile('connect.json'));";
    const files = { 'package.json': '{"dependencies":{"express":"4"}}', 'server.js': reads };
    assert.equal((await scanFiles({ ...files, 'connect.json': json('served-app') })).facts.app.key, 'served-app');
    assert.equal((await scanFiles({ ...files, 'test/connect.json': json('fixture-app') })).facts.app.platform, null);
  });
});
