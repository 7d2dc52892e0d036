/** A model app's statement checked end to end: a Forge app that turns signed webhooks into Confluence pages and purges them by age. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import { scan } from '../../src/scan/index.ts';
import { readStatement } from '../../src/statement/read.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/releasebook-webhooks');

describe('the statement of an app that writes pages from the webhooks it receives', () => {
  it('is contradicted where it denies logging the payloads and keeping personal data, and holds its writes as the app to the calls that change pages', async () => {
    const text = fs.readFileSync(path.join(APP, 'statements/privacy.md'), 'utf8');
    const results = verifyClaims(recogniseClaims(readStatement('statements/privacy.md', text)), { facts: await scan(APP, { cache: false }), profile: null });
    assert.deepEqual(results.map((r) => [r.source.line, r.claim, r.verdict]), [
      [7, 'no-external-backend', 'unverified'],
      [7, 'storage-only-atlassian', 'unverified'],
      [9, 'no-secrets-in-source', 'verified'],
      [11, 'no-personal-data-stored', 'contradicted'],
      [12, 'no-end-user-data-in-logs', 'contradicted'],
      [17, 'no-egress', 'contradicted'],
      [17, 'third-parties-exactly', 'unverified'],
      [21, 'calls-as-app', 'verified'],
      [28, 'ai-providers-and-data', 'verified'],
      [29, 'secure-development', 'organisational'],
      [30, 'incident-notification', 'organisational'],
    ]);
  });
});
