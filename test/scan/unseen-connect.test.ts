import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect', name);

describe('a URL chosen between a path and the same path with a query', () => {
  it('goes to the page\'s own host, whichever branch the condition takes', async () => {
    const facts = await scan(fixture('path-choices'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.host, at(c.evidence)]), [['frontend', 'self', 'app/page.tsx:10'], ['frontend', 'self', 'app/page.tsx:15']]);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});
