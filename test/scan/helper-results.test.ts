import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('what the result of an app function holds (`const result = await submit(repo)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/flows/helper-results'));
  });

  it('keeps what callers pass out of a result made of counts, flags or a response, and in a result the scan cannot read into', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/index.js:10', carries: ['other'] },
      { at: 'src/index.js:12', carries: ['other'] },
      { at: 'src/index.js:13', carries: ['resolver-payload'] },
    ]);
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'logged'), []);
  });

  it('still sends what the caller passes', () => {
    assert.deepEqual(facts.egress.calls.map((c) => ({ host: c.host, carries: c.carries })), [{ host: 'api.example.com', carries: ['resolver-payload'] }]);
  });

  it('counts what a `map` callback returns as part of the mapped list', () => {
    const writes = facts.storage.filter((s) => s.op === 'write').map((s) => ({ key: s.key, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(writes, [{ key: 'last-push', carries: ['resolver-payload'], at: 'src/index.js:16' }]);
  });
});
