import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/unseenf14/field-helpers');

describe("a helper whose result holds only fields of its parameter, some through other helpers (`title: oneLine(issue.fields.summary)`)", () => {
  it('gives back what those fields hold, not all the parameter holds', async () => {
    const facts = await scan(fixture);
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [
      ['digest:oldest', ['product-content']],
      ['digest:rows', ['product-content']],
      ['digest:lead', ['account-id']],
    ]);
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'stored').map((u) => [u.kind, u.evidence.line]), [['account-id', 13]]);
  });
});
