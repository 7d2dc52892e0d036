import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'file-store-app', name: 'File store', baseUrl: 'https://files.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { webhooks: [{ event: 'jira:issue_created', url: '/issue-created' }] },
});

const STORE = [
  "import { JSONFile, Low } from 'lowdb';",
  "import { chain } from 'lodash';",
  'class LowWithChain extends Low {',
  "  chain = chain(this).get('data');",
  '}',
  'class Store {',
  '  constructor() {',
  "    this.db = new LowWithChain(new JSONFile('db.json'));",
  '    this.waiting = new Map();',
  '  }',
  '  async addTenant(tenant) {',
  '    this.db.data.tenants.push(tenant);',
  '    await this.db.write();',
  '  }',
  '  findTenant(clientKey) {',
  "    return this.db.chain.get('tenants').find({ clientKey }).value();",
  '  }',
  '  async addEvent(event) {',
  '    this.db.data?.events.push(event);',
  "    this.waiting.get('event')?.push(event);",
  '    await this.db.write();',
  '  }',
  '}',
  'export const store = new Store();',
  '',
].join('\n');

const ROUTES = [
  "import express from 'express';",
  "import { store } from './store.js';",
  'const app = express();',
  "app.post('/installed', async (req, res) => { const { clientKey, sharedSecret, baseUrl } = req.body; await store.addTenant({ clientKey, sharedSecret, baseUrl }); res.sendStatus(204); });",
  "app.post('/issue-created', async (req, res) => { await store.addEvent(req.body); res.sendStatus(200); });",
  "app.get('/tenant', (req, res) => res.json(store.findTenant(req.query.clientKey)));",
  '',
].join('\n');

const V1 = [
  "const low = require('lowdb');",
  "const FileSync = require('lowdb/adapters/FileSync');",
  "const db = low(new FileSync('db.json'));",
  "const saveUser = (user) => db.get('users').push({ accountId: user.accountId, email: user.emailAddress }).write();",
  "const findUser = (accountId) => db.get('users').find({ accountId }).value();",
  "const dropUser = (accountId) => db.get('users').remove({ accountId }).write();",
  'module.exports = { saveUser, findUser, dropUser };',
  '',
].join('\n');

describe('lowdb: a database in a JSON file on the app\'s server', () => {
  it('writes where a value enters the data (`db.data.x.push`, `db.get(x).push`), reads and deletes of its chain', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': '{ "name": "file-store-app", "dependencies": { "express": "4.18.0", "lowdb": "3.0.0", "lodash": "4.17.21" } }',
      'src/store.js': STORE, 'src/routes.js': ROUTES, 'src/v1.js': V1,
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.api, s.carries, `${s.evidence.file}:${s.evidence.line}`]), [
      ['external-db', 'write', 'tenants', 'lowdb.data.push', ['secret'], 'src/store.js:12'],
      ['external-db', 'read', 'tenants', 'lowdb.get.value', [], 'src/store.js:16'],
      ['external-db', 'write', 'events', 'lowdb.data.push', ['account-id', 'product-content', 'resolver-payload'], 'src/store.js:19'],
      ['external-db', 'write', 'users', 'lowdb.get.push', ['account-id', 'email'], 'src/v1.js:4'],
      ['external-db', 'read', 'users', 'lowdb.get.value', [], 'src/v1.js:5'],
      ['external-db', 'delete', 'users', 'lowdb.get.remove', [], 'src/v1.js:6'],
    ]);
  });
});
