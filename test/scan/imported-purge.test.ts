import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const DAY = 24 * 60 * 60;

describe('a scheduled purge that deletes through a function another module exports (import { removeNote } from \'./retention\')', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/storage/imported-purge'));
  });

  it('keeps the delete in that module to the age its guarded calls compare, and none when a resolver calls it unguarded too', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op === 'delete').map((s) => [`${s.evidence.file}:${s.evidence.line}`, s.olderThan ?? null]), [
      ['src/retention.js:4', 30 * DAY],
      ['src/retention.js:8', null],
    ]);
  });
});
