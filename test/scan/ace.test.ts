import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): Promise<Facts> => scan(path.join(import.meta.dirname, '../fixtures/ace', name));

describe('ACE: responses in the callbacks and promises of its product client', () => {
  let facts: Facts;
  before(async () => {
    facts = await fixture('callback-routes');
  });

  it('holds product content; the error is no payload', () => {
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['routes/index.js:6', ['other']],
      ['routes/index.js:9', ['product-content']],
      ['routes/index.js:16', ['product-content']],
    ]);
  });

  it('finds the requests, also through req.context.http', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/issue/{}', 'connect', 'routes/index.js:4'],
      ['GET', '/rest/api/3/issue/{}/comment', 'connect', 'routes/index.js:15'],
    ]);
  });
});
