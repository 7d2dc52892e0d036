import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('the context of a request to a Bitbucket Connect app (atlassian-connect-express)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/bitbucket-context'));
  });

  it('holds the acting account in `user`: its account ID and display name, as `userAccountId` is personal data', () => {
    assert.deepEqual(facts.logs[0]!.carries, ['account-id', 'display-name']);
  });

  it('gives the account ID in the `uuid` of `user` and of `principal`', () => {
    assert.deepEqual(facts.logs[1]!.carries, ['account-id']);
    assert.deepEqual(facts.storage.find((s) => s.key === 'last-viewer:{}')!.carries, ['account-id']);
  });
});
