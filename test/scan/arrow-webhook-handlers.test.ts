import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r22a', name);

describe('a class\'s arrow-function property handed to a Connect webhook\'s route', () => {
  it('is handed the webhook\'s body, the product\'s content, as a method handed the same way is', async () => {
    const facts = await scan(fixture('arrow-webhook-handlers'));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['lib/issue-hooks.js:8', ['product-content']],
      ['lib/issue-hooks.js:14', ['product-content']],
    ]);
  });
});
