import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('Bitbucket\'s user reads (/2.0/user, /2.0/users/{selected_user}), which have no operationId', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/bitbucket-user'));
  });

  it('hold in each field only the people it names, in a callback\'s body or the body of the answer awaited; whole, all of them', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), [
      '6 other',
      '7 display-name',
      '16 other',
      '17 account-id,display-name',
      '18 account-id,display-name,product-content',
    ]);
  });
});
