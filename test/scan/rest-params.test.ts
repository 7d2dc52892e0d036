import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('log wrappers with a rest parameter (`const info = (...args) => console.log(PREFIX, ...args)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/rest-params'));
  });

  it('log what every caller passes from the rest parameter on, spread into the log call', () => {
    assert.deepEqual(facts.logs.map((l) => ({ level: l.level, carries: l.carries, at: at(l.evidence) })), [
      { level: 'log', carries: ['product-content'], at: 'src/logger.js:4' },
      { level: 'warn', carries: ['product-content'], at: 'src/logger.js:7' },
    ]);
    assert.deepEqual(facts.diagnostics, []);
  });
});
