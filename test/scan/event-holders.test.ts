import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r22a', name);

describe('a Forge product event\'s comment or issue, logged or stored whole', () => {
  it('carries the people in it with its content; a field read within it is the content alone', async () => {
    const facts = await scan(fixture('comment-event-whole'));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/index.js:4', ['account-id', 'product-content']],
      ['src/index.js:5', ['product-content']],
      ['src/index.js:6', ['product-content']],
      ['src/index.js:10', ['account-id']],
      ['src/index.js:11', ['account-id', 'product-content']],
    ]);
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [
      ['comment:{}:{}', ['account-id', 'product-content']],
      ['comment-text:{}', ['product-content']],
    ]);
  });
});
