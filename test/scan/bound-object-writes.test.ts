import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a store of the object literal a name is bound to (const digest = { author, ... }; digest.body = ...; kvs.set(key, digest))', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/storage/page-digest'));
  });
  const carried = (line: number): string | undefined => facts.logs.find((l) => l.evidence.line === line)?.carries.join(',');

  it('keeps what each field holds, those given it after included, so a read of one field holds that field alone', () => {
    assert.equal(carried(25), 'other');
    assert.equal(carried(26), 'resolver-payload');
    assert.equal(carried(27), 'account-id');
    assert.equal(carried(28), 'product-content');
  });

  it('keeps no fields once data went in under a name not known (pin[payload.field] = ...): a field read holds all the object holds', () => {
    assert.equal(carried(30), 'account-id,resolver-payload');
  });

  it('still writes all the object holds', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')}`), [
      'digest:{} account-id,product-content,resolver-payload',
      'pin:{} account-id,resolver-payload',
    ]);
  });
});
