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

  it('a JSON file of another name with no authentication, a Bitbucket app\'s that only declares scopes; not one that declares neither', async () => {
    const page = { key: 'file-cloud', baseUrl: 'https://cloud.example.com', modules: { repoPages: [{ key: 'cloud', name: { value: 'Files' }, url: '/cloud.html', location: 'org.bitbucket.repository.navigation' }] } };
    const { facts } = await scanFiles({ 'connect.json': JSON.stringify({ ...page, scopes: ['repository'] }, null, 2) });
    assert.deepEqual([facts.app.key, facts.app.descriptor, facts.app.products], ['file-cloud', 'connect.json', ['bitbucket']]);
    assert.equal((await scanFiles({ 'connect.json': JSON.stringify(page, null, 2) })).facts.app.platform, null);
  });

  it('the JSON file, when the code only spreads it and computes its key', async () => {
    const spreads = [
      "const express = require('express');",
      "const base = require('./connect.json');",
      "const stage = process.env.STAGE || 'prod';",
      "express().get('/atlassian-connect.json', (req, res) => res.json({ ...base, key: stage === 'prod' ? base.key : `${base.key}-${stage}`, baseUrl: process.env.BASE_URL, modules: base.modules }));",
    ].join('\n');
    const { facts } = await scanFiles({ 'package.json': '{"dependencies":{"express":"4"}}', 'server.js': spreads, 'connect.json': json('served-app') });
    assert.deepEqual([facts.app.key, facts.app.descriptor, facts.scopes.declared.map((s) => s.scope)], ['served-app', 'connect.json', ['ADMIN']]);
  });

  it('the code\'s, with what it leaves unknown read from the JSON it spreads, when that file is no descriptor by itself', async () => {
    const spreads = [
      "import express from 'express';",
      "import base from './descriptor/base.json';",
      "express().get('/atlassian-connect.json', (req, res) => res.json({ ...base, key: process.env.APP_KEY, baseUrl: process.env.BASE_URL, modules: base.modules }));",
    ].join('\n');
    const partial = JSON.stringify({ key: 'base-app', scopes: ['READ', 'WRITE'], modules: { webhooks: [{ event: 'jira:issue_created', url: '/created' }] } }, null, 2);
    const { facts } = await scanFiles({ 'package.json': '{"dependencies":{"express":"4"}}', 'src/server.js': spreads, 'src/descriptor/base.json': partial });
    assert.deepEqual([facts.app.key, facts.app.descriptor, facts.scopes.declared.map((s) => [s.scope, s.evidence.file])], ['base-app', 'src/server.js', [['READ', 'src/descriptor/base.json'], ['WRITE', 'src/descriptor/base.json']]]);
  });
});
