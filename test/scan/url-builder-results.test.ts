import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a request whose URL an app function builds in a local it returns (`const url = new URL(...); return url.toString()`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/url-builder-results'));
  });

  it('resolves the host of a URL built in a `let` nothing assigns again', () => {
    assert.deepEqual(facts.egress.calls.map((c) => c.url), ['https://search.example.io/v1/search/{}', 'https://catalog.example.io/items/{}']);
  });

  it('sends what the callers put in the URL, also when the request adds to the built URL before it is sent', () => {
    assert.deepEqual(facts.egress.calls.map((c) => c.carries), [['resolver-payload'], ['resolver-payload']]);
  });
});
