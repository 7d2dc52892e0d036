import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('issue properties written through product REST calls', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/property-writes'));
  });

  it('gives a write what its body carries, and a read nothing', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence) }));
    assert.deepEqual(ops, [
      { backend: 'issue-property', op: 'write', key: 'checklist', carries: ['account-id', 'resolver-payload'], at: 'src/index.js:9' },
      { backend: 'issue-property', op: 'read', key: 'checklist', carries: [], at: 'src/index.js:18' },
      { backend: 'issue-property', op: 'write', key: 'checklist', carries: ['other'], at: 'src/index.js:23' },
    ]);
  });

  it('reports the account ID the property keeps as personal data stored', () => {
    assert.deepEqual(facts.personalData.uses.map((u) => ({ kind: u.kind, action: u.action, target: u.target, at: at(u.evidence) })), [
      { kind: 'account-id', action: 'stored', target: 'issue-property', at: 'src/index.js:9' },
    ]);
    assert.deepEqual(facts.diagnostics, []);
  });
});
