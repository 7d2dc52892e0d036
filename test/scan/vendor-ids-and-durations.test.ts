import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r21c', name);

describe('a name that says a person\'s ID (`customerId`) given only the IDs another system made', () => {
  it('is that system\'s ID, not an account ID: read from `stripeCustomerId`, or the `id` of what the SDK answered', async () => {
    const facts = await scan(fixture('vendor-customer-ids'));
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['site', ['other'], 'src/pages/api/billing/portal.ts:12'],
      ['site', ['account-id'], 'src/pages/api/billing/portal.ts:17'],
    ]);
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.api, c.carries, at(c.evidence)]), [
      ['customers.create', ['other'], 'src/pages/api/billing/portal.ts:10'],
      ['billingPortal.sessions.create', ['other'], 'src/pages/api/billing/portal.ts:14'],
    ]);
  });
});

describe('a length of time read off a Connect webhook\'s worklog (`worklog.timeSpentSeconds`)', () => {
  it('is a number, no End-User Data; the worklog\'s comment still is', async () => {
    const facts = await scan(fixture('worklog-durations'));
    assert.deepEqual(facts.logs.map((l) => [l.level, l.carries, at(l.evidence)]), [
      ['info', ['other'], 'src/pages/api/hooks/worklog.ts:7'],
      ['debug', ['product-content'], 'src/pages/api/hooks/worklog.ts:8'],
    ]);
  });
});
