import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);
const fixture = path.join(import.meta.dirname, '../fixtures/unseenf13/caller-methods');

describe('a product request whose method only the callers of its function name', () => {
  it('is sent with the method each caller gives (`pageProperty(id, \'PUT\', value)`), shown at that caller', async () => {
    const facts = await scan(fixture);
    const named = facts.restCalls.filter((c) => c.path !== null);
    assert.deepEqual(named.map((c) => [c.method, c.path, c.openMethod ?? false, at(c.evidence), at(c.via)]), [
      ['PUT', '/wiki/rest/api/content/{}/property/labeller', false, 'src/index.js:6', 'src/lib/confluence.js:16'],
    ]);
  });

  it('is any method when no caller the scan sees names one (a fetch function handed to a typed client library)', async () => {
    const facts = await scan(fixture);
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => [c.method, c.openMethod ?? false, at(c.evidence)]), [
      ['GET', true, 'src/lib/confluence.js:9'],
    ]);
  });
});
