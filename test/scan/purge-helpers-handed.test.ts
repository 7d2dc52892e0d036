import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const DAY = 24 * 60 * 60;

describe('a purge helper the scheduled purge calls behind an age guard, which other code hands on or calls unguarded', () => {
  let ages: Map<string, number | null>;
  before(async () => {
    const facts: Facts = await scan(path.join(import.meta.dirname, '../fixtures/storage/purge-helpers-handed'));
    ages = new Map(facts.storage.filter((s) => s.op === 'delete').map((s) => [`${s.evidence.file}:${s.evidence.line}`, s.olderThan ?? null]));
  });

  it('gives no age to the delete of an imported helper another module passes by reference (keys.map, forEach)', () => {
    assert.equal(ages.get('src/retention.js:4'), null);
    assert.equal(ages.get('src/retention.js:8'), null);
  });

  it('gives none when a module keeps it in an object or exports it again', () => {
    assert.equal(ages.get('src/retention.js:12'), null);
    assert.equal(ages.get('src/retention.js:16'), null);
  });

  it('keeps the age of a helper every call of which is guarded', () => {
    assert.equal(ages.get('src/retention.js:20'), 60 * DAY);
    assert.equal(ages.get('src/sweep.js:14'), 90 * DAY);
  });

  it('gives none to a helper of the purge module that it passes by reference, or that it exports and a resolver calls', () => {
    assert.equal(ages.get('src/sweep.js:6'), null);
    assert.equal(ages.get('src/sweep.js:10'), null);
  });
});
