/** A model app's statement checked end to end: a front end's analytics that keeps the user it reports for, against what the vendor says of it. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import { scan } from '../../src/scan/index.ts';
import { readStatement } from '../../src/statement/read.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/front-end-analytics-id');

describe('the statement of an app whose front end reports analytics for the user', () => {
  it('is contradicted where it says no personal data leaves Atlassian, and verified or read as it says elsewhere', async () => {
    const text = fs.readFileSync(path.join(APP, 'statements/privacy.md'), 'utf8');
    const results = verifyClaims(recogniseClaims(readStatement('statements/privacy.md', text)), { facts: await scan(APP, { cache: false }), profile: null });
    assert.deepEqual(results.map((r) => [r.source.line, r.claim, r.verdict]), [
      [4, 'egress-only-to', 'verified'],
      [5, 'egress-only-to', 'verified'],
      [6, 'no-personal-data-leaves-atlassian', 'contradicted'],
      [8, 'reviewed-before-release', 'organisational'],
    ]);
  });
});
