import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('what a read of the app’s storage returns (`const { results } = await kvs.query().getMany()`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/flows/storage-roundtrip'));
  });

  it('holds what the app writes there under the same key, any key for a query, the same entity', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/jobs.js:5', carries: ['literal'] },
      { at: 'src/jobs.js:7', carries: ['resolver-payload'] },
      { at: 'src/jobs.js:9', carries: ['resolver-payload'] },
    ]);
  });

  it('leaves reads themselves carrying nothing', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op !== 'write').map((s) => s.carries), [[], [], []]);
    assert.deepEqual(facts.diagnostics, []);
  });
});
