import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/unseenf14/audit-digest');

describe("Jira's audit records", () => {
  it('are read with the account ID and the IP address of whoever made each change, which the schema does not list', async () => {
    const facts = await scan(fixture);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target, u.evidence.line]), [
      ['account-id', 'read', '/rest/api/3/auditing/record?from={}&limit=500', 5],
      ['ip-address', 'read', '/rest/api/3/auditing/record?from={}&limit=500', 5],
    ]);
  });
});
