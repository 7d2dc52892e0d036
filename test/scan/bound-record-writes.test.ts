import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a write of the object literal a name is bound to (const note = { ... }; kvs.set(key, note))', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/storage/bound-record'));
  });

  it('keeps what each field holds, as an inline literal does, also with a field given it after; a read of one field holds that field', () => {
    const logs = facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`);
    assert.deepEqual(logs.slice(0, 4), ['26 resolver-payload', '27 other', '28 account-id', '30 resolver-payload']);
  });

  it('keeps no fields once data went into the object under a name not known (prefs[name] = ...): a field read holds all of it', () => {
    assert.equal(facts.logs.find((l) => l.evidence.line === 32)?.carries.join(','), 'account-id,resolver-payload');
  });

  it('still writes all the object holds', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')}`), [
      'note-{} account-id,resolver-payload',
      'tracker resolver-payload,secret',
      'prefs account-id,resolver-payload',
    ]);
  });
});
