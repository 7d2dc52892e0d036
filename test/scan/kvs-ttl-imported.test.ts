import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a Forge KVS time-to-live given by constants of another module', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/kvs-ttl-imported'), { cache: false });
  });

  it('is filled in once the modules are linked; a length known only at run time stays unknown', () => {
    assert.deepEqual(facts.storage.map((s) => [s.key, s.expiresAfter]), [['draft:{}', 2592000], ['lock:{}', 300], ['seen:{}', null]]);
  });
});
