import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('functions kept in a module object (`export const store = { save: (key, record) => kvs.set(key, record) }`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/service-objects'));
  });

  it('reports storage per caller with the key and data the caller passes, through an imported object', () => {
    const ops = facts.storage.map((s) => ({ op: s.op, key: s.key, carries: s.carries, at: at(s.evidence), via: at(s.via) }));
    assert.deepEqual(ops, [
      { op: 'write', key: 'watch:{}', carries: ['account-id'], at: 'src/index.js:13', via: 'src/store.js:5' },
      { op: 'write', key: 'title', carries: ['resolver-payload'], at: 'src/index.js:20', via: 'src/store.js:5' },
      { op: 'read', key: 'watch:{}', carries: [], at: 'src/index.js:15', via: 'src/store.js:7' },
    ]);
    assert.deepEqual(facts.diagnostics, []);
  });

  it('follows what callers hand a method of a local object into its log call, shown at the caller that hands it a payload', () => {
    assert.deepEqual(facts.logs.map((l) => ({ carries: l.carries, at: at(l.evidence), via: at(l.via) })), [
      { carries: ['other'], at: 'src/index.js:6', via: null },
      { carries: ['resolver-payload'], at: 'src/index.js:19', via: 'src/index.js:6' },
    ]);
  });
});
