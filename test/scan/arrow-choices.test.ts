import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('a path helper of another module that returns one choice of constants', () => {
  it('gives a request each path, from an expression-bodied arrow (kind => kind === a ? x : y) as from one with a block of one return', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/linked-values/arrow-choices'));
    assert.deepEqual(facts.restCalls.map((c) => `${c.evidence.line} ${c.method} ${c.path}`), [
      '8 GET /rest/api/3/project/{}/properties/review-flag',
      '8 GET /rest/api/3/issue/{}/properties/review-flag',
      '13 GET /rest/api/3/search',
      '13 GET /rest/api/3/search/jql',
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});
