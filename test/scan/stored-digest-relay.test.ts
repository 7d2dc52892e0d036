import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// A relay keeps each project's newest issue (`{ message, reporter, count }`) in Forge storage, reads it back on a schedule
// and posts it to Slack through a helper that takes `{ message }`: the stored field read back carries what was written to
// that field, a `.then` callback's field read carries that field alone, and the helper's `payload.message` carries what
// every caller builds it from.
describe('stored fields read back and a helper given { message }', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/stored-digest-relay'));
  });
  const logs = (): string[] => facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${[...l.carries].sort().join(',')}`);
  const logAt = (line: number): string | undefined => logs().find((l) => l.startsWith(`src/relay.js:${line} `));

  it('carries the stored `message` field read back (digest.message) as the content written there', () => {
    assert.ok(logAt(10)?.includes('product-content'), logs().join('\n'));
  });

  it('carries the stored `message` field destructured as the content written there', () => {
    assert.equal(logAt(18), 'src/relay.js:18 product-content', logs().join('\n'));
  });

  it('carries only the field a `.then` callback reads of a stored object, not the whole object', () => {
    assert.equal(logAt(12), 'src/relay.js:12 account-id', logs().join('\n'));
  });

  it('carries into a helper\'s `payload.message` what every caller builds it from', () => {
    const sent = facts.egress.calls.filter((c) => c.host === 'hooks.slack.com' && c.evidence.file === 'src/notify.js');
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]!.carries, ['product-content']);
  });
});
