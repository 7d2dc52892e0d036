import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('the context of a resolver function a consumer module calls (`({ payload, context })` of an async event)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/consumer-context'));
  });

  it('holds the account ID but no product data, where a page’s resolver’s context holds both; the payload is what was pushed', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/digest.js:6', carries: ['account-id'] },
      { at: 'src/digest.js:7', carries: ['resolver-payload'] },
      { at: 'src/index.js:9', carries: ['account-id', 'resolver-payload'] },
    ]);
  });
});
