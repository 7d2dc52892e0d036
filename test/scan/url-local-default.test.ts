import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a URL whose default is on the developer\'s machine (process.env.API_URL || \'http://localhost:8080\')', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/review21/url-local-default'));
  });

  it('goes to a host not known, the variable named; no request goes to localhost', () => {
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url} ${c.host} ${c.urlVariable ?? '-'}`), ['10 POST {}/items null API_URL']);
  });
});
