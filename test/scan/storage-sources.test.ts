import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/storage', name);

describe('Forge SQL prepared statements (`sql.prepare(q).bindParams(...).execute()`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('forge-sql-bound'));
  });

  it('counts the bound parameters as what the statement writes, chained or on a statement kept in a variable', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(ops, [
      { backend: 'sql', op: 'write', key: 'assets', carries: ['account-id', 'email', 'resolver-payload'], at: 'src/index.js:9' },
      { backend: 'sql', op: 'write', key: 'assets', carries: ['resolver-payload'], at: 'src/index.js:15' },
      { backend: 'sql', op: 'delete', key: 'assets', carries: [], at: 'src/index.js:20' },
      { backend: 'sql', op: 'write', key: 'audit', carries: ['literal'], at: 'src/index.js:24' },
    ]);
  });

  it('reports the account IDs and emails stored in SQL as personal data', () => {
    const stored = facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.target} ${at(u.evidence)}`);
    assert.deepEqual(stored, ['account-id sql src/index.js:9', 'email sql src/index.js:9']);
  });
});

describe('custom entities reached through a function that builds them (`const items = () => kvs.entity(\'item\')`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('entity-factory'));
  });

  it('reports the operations on the entity the function builds, arrow or function declaration', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(ops, [
      { backend: 'custom-entity', op: 'write', key: 'assignment', carries: ['account-id'], at: 'src/store.js:11' },
      { backend: 'custom-entity', op: 'query', key: 'assignment', carries: [], at: 'src/store.js:15' },
      { backend: 'custom-entity', op: 'write', key: 'settings', carries: ['other'], at: 'src/store.js:20' },
    ]);
  });

  it('so storage:app is needed, not unused, and the stored account IDs are personal data', () => {
    assert.deepEqual(facts.scopes.unused, []);
    assert.ok(facts.scopes.needed.some((n) => n.scope === 'storage:app' && n.reason === 'storage'));
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.target}`), ['account-id custom-entity']);
  });
});

describe('the storage a getter hands back (`function store() { return storage; }`, `const kv = () => kvs`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('store-getter'));
  });

  it('reports the operations on the store, not an app that stores nothing', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(ops, [
      { backend: 'kvs', op: 'write', key: 'recipients:{}', carries: ['email', 'resolver-payload'], at: 'src/index.js:14' },
      { backend: 'kvs', op: 'write', key: 'sent:{}', carries: ['resolver-payload'], at: 'src/index.js:18' },
      { backend: 'kvs', op: 'read', key: 'recipients:{}', carries: [], at: 'src/index.js:19' },
    ]);
  });

  it('so storage:app is used and the stored emails are personal data', () => {
    assert.deepEqual(facts.scopes.unused, []);
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.target}`), ['email kvs']);
  });
});

describe('SQL clients of a back end the vendor runs (`pg`, `mysql2`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('sql-clients'));
  });

  it('reports statements run on a pool made here or imported from another module as external database storage', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, api: s.api, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(ops, [
      // What atlassian-connect-express saves of each installation, where the app makes its add-on.
      { backend: 'external-db', op: 'write', key: 'clientInfo', api: 'atlassian-connect-express installed', carries: ['secret'], at: 'app.js:6' },
      { backend: 'external-db', op: 'write', key: 'comments', api: 'pool.query', carries: ['account-id', 'product-content', 'resolver-payload'], at: 'services/comments.js:7' },
      { backend: 'external-db', op: 'read', key: 'comments', api: 'pool.query', carries: [], at: 'services/comments.js:14' },
      { backend: 'external-db', op: 'write', key: 'archived', api: 'createPool.execute', carries: ['product-content', 'resolver-payload'], at: 'services/comments.js:19' },
      { backend: 'external-db', op: 'delete', key: 'comments', api: 'pool.query', carries: [], at: 'services/comments.js:23' },
    ]);
  });

  it('counts the account IDs written there as personal data stored outside Atlassian', () => {
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => `${u.kind} ${u.target} ${at(u.evidence)}`), ['account-id external-db services/comments.js:7']);
  });
});

describe('a helper object over Forge SQL (`db.query(statement, ...params)`) in an app with no SQL client', () => {
  it('is not a database the vendor runs', async () => {
    const facts = await scan(fixture('forge-sql-wrapper'));
    assert.deepEqual(facts.storage.filter((s) => s.backend === 'external-db'), []);
    // `db.query(statement, ...params)`: the statement and the account ID come from the caller, through the rest parameter.
    assert.deepEqual(facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence), via: at(s.via) })), [
      { backend: 'sql', op: 'write', key: 'comments', carries: ['account-id'], at: 'src/index.js:4', via: 'src/db.js:5' },
    ]);
  });
});
