import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('typed and fetch-style HTTP clients: openapi-fetch, ofetch', () => {
  it('sends each request to the base URL its client was made with, with the method it names and what its options carry', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r23a/typed-clients'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries, `${c.evidence.file}:${c.evidence.line}`]), [
      ['ofetch', 'POST', 'https://metrics.vendor-stats.example.net/v1/events', ['literal'], 'src/index.js:9'],
      ['openapi-fetch.GET', 'GET', 'https://api.tracker.example.com/v3/tickets/{ref}', ['other'], 'src/tracker.js:6'],
      ['openapi-fetch.POST', 'POST', 'https://api.tracker.example.com/v3/tickets', ['product-content'], 'src/tracker.js:11'],
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['metrics.vendor-stats.example.net']);
    assert.deepEqual(facts.egress.unused, []);
  });
});
