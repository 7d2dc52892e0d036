import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a front end module keeping the user it reports analytics for in a variable named as an ID', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/front-end-analytics-id'), { cache: false });
  });

  it('sends the account ID another module gave it; the ID of a thing stays no personal data', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.side, c.carries]), [
      ['https://metrics.example-analytics.com/events', 'frontend', ['account-id']],
      ['https://metrics.example-analytics.com/pages', 'frontend', ['other']],
    ]);
  });
});
