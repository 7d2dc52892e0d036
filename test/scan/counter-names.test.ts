import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('delays and bounds named so (`batch.delay`, `maxItems`) in what users send and queues carry', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/queue-counters'));
  });

  it('are numbers, not End-User Data, when logged; the title sent with them still is', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/index.js:12', carries: ['other'] },
      { at: 'src/worker.js:6', carries: ['other'] },
      { at: 'src/worker.js:7', carries: ['resolver-payload'] },
    ]);
  });
});
