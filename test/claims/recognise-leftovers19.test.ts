/** Wordings the nineteenth round's leftovers named, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const read = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);
const table = (header: string, row: string): Array<[string, Record<string, unknown>]> => read(`${header}\n${header.replace(/[^|]+/g, '---')}\n${row}`);

describe('recognising the nineteenth round\'s leftovers', () => {
  it('realm pinning, supported or offered to customers, is data residency for the locations it names', () => {
    assert.deepEqual(read('Data residency realm pinning is supported for the EU realm.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('Customers can pin their data to the EU realm.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('Realm pinning: EU, US, AU'), [['data-residency-supported', { all: false, realms: ['EU', 'US', 'AU'] }]]);
    // Denied, planned, or the site's own data: no claim.
    assert.deepEqual(read('Realm pinning is not supported.'), []);
    assert.deepEqual(read('We do not offer realm pinning.'), []);
    assert.deepEqual(read('Realm pinning: planned for 2027.'), []);
    assert.deepEqual(read('Customers can pin their Jira data to the EU.'), []);
  });
});
