import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('vendor clients made only when configured, or by a function that builds them', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/third-parties/optional-clients'));
  });

  it('follows `TOKEN ? Mixpanel.init(…) : null`, `KEY && new PostHog(…)` and `const openai = () => new OpenAI()` to the SDK', () => {
    const calls = facts.egress.sdkCalls.map((c) => ({ vendor: c.vendor, api: c.api, carries: c.carries, at: at(c.evidence) }));
    assert.deepEqual(calls, [
      { vendor: 'mixpanel', api: 'init', carries: ['secret'], at: 'src/analytics.js:5' },
      { vendor: 'mixpanel', api: 'init.track', carries: ['account-id'], at: 'src/analytics.js:9' },
      { vendor: 'posthog', api: 'PostHog.capture', carries: ['account-id'], at: 'src/analytics.js:10' },
      { vendor: 'openai', api: 'chat.completions.create', carries: ['resolver-payload'], at: 'src/server.js:10' },
    ]);
  });

  it('reports the account IDs those calls send as personal data sent to the vendors', () => {
    const sent = facts.personalData.uses.filter((u) => u.action === 'sent').map((u) => `${u.kind} ${u.target} ${at(u.evidence)}`);
    assert.deepEqual(sent, ['account-id vendor:mixpanel src/analytics.js:9', 'account-id vendor:posthog src/analytics.js:10']);
  });
});
