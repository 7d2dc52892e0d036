import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a URL with a default (url || DEFAULT_BASE, process.env.SLACK_WEBHOOK_URL || a literal)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/linked-values/url-defaults'));
  });
  const calls = (file: string): string[] =>
    facts.egress.calls.filter((c) => c.evidence.file === file).map((c) => `${c.evidence.line} ${c.method} ${c.url} ${c.host} ${c.urlVariable ?? '-'}`);

  it('of a local helper (function base(url) { return url || DEFAULT_BASE; }): the default host, and the rest not resolved when the call gives a URL not known', () => {
    assert.deepEqual(calls('src/statuspage.js'), [
      '8 POST https://api.statuspage.io/v1/pages/incidents api.statuspage.io -',
      '8 POST {}/v1/pages/incidents null -',
      '17 GET https://api.statuspage.io/v1/pages/components api.statuspage.io -',
    ]);
  });

  it('of an environment variable: the default host, which the variable may replace, and the variable not resolved, as one alone is', () => {
    assert.deepEqual(calls('src/slack.js'), [
      '2 POST https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXX hooks.slack.com SLACK_WEBHOOK_URL',
      '2 POST {} null SLACK_WEBHOOK_URL',
    ]);
    assert.deepEqual(facts.egress.unresolved.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.url}`), ['src/slack.js:2 {}', 'src/statuspage.js:8 {}/v1/pages/incidents']);
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
