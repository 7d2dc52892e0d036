import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('handlers exported under another name (`export const validator = evaluateChecklist`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/handler-aliases'));
  });

  it('follows an alias of an imported function, of a local one and `export { f as run }` to the function that receives the payload', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      // The created issue, logged whole: its content and the people in its fields (creator, reporter, assignee).
      { at: 'src/events.js:2', carries: ['account-id', 'product-content'] },
      { at: 'src/index.js:5', carries: ['other'] },
      { at: 'src/rules.js:2', carries: ['product-content'] },
    ]);
  });

  it('finds every handler exported', () => {
    assert.deepEqual(facts.diagnostics, []);
  });
});
