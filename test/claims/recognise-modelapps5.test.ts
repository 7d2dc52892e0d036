/** Wordings the fifth set of model apps read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const claimsOf = (text: string): Array<[string, Record<string, unknown>]> =>
  recogniseClaims(readStatement('s.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);

describe('recognising the wordings of the fifth model apps', () => {
  it('a denial of analytics or tracking without a noun after it, "has no analytics", and customer-messaging tools', () => {
    assert.deepEqual(claimsOf('The app does not use analytics or tracking.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(claimsOf('The add-on has no analytics or telemetry.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(claimsOf('We do not use analytics or customer-messaging tools in the app.'), [['third-parties-exactly', { parties: [], categories: ['analytics', 'crm'] }]]);
    // A feature the app lacks, or analytics data put to some use: no denial of a vendor.
    assert.deepEqual(claimsOf('The app has no analytics dashboard.'), []);
    assert.deepEqual(claimsOf('We do not use analytics data to profile users.'), []);
  });

  it('"uses no third-party services" denies every third party', () => {
    assert.deepEqual(claimsOf('The app uses no third-party services or sub-processors.'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(claimsOf('Our team relies on no sub-processors.'), [['third-parties-exactly', { parties: [] }]]);
  });
});
