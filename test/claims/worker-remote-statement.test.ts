/** A model app's statement checked end to end: a Forge macro whose remote is a Cloudflare Worker that asks OpenAI and caches the answer. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { verifyClaims } from '../../src/claims/verify.ts';
import { scan } from '../../src/scan/index.ts';
import { readStatement } from '../../src/statement/read.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/worker-remote-summary');

describe('the statement of a macro whose remote runs on Cloudflare Workers', () => {
  it('is contradicted where the Worker keeps page text and account IDs, and not where it names the vendors, the scopes and a cache that expires', async () => {
    const text = fs.readFileSync(path.join(APP, 'statements/privacy.txt'), 'utf8');
    const facts = await scan(APP, { cache: false });
    const results = verifyClaims(recogniseClaims(readStatement('statements/privacy.txt', text)), { facts, profile: null });
    assert.deepEqual(results.map((r) => [r.source.line, r.claim, r.verdict]), [
      [8, 'no-ai-training', 'unverified'],
      // Page text goes to the remote, whose Worker (linked by its Wrangler file's name) keeps what it is sent.
      [9, 'no-customer-content-outside-atlassian', 'contradicted'],
      // The Worker's KV cache expires after a day; the D1 rows and the Forge cache do not: which the sentence means is not known.
      [11, 'retention-period', 'unverified'],
      [14, 'no-personal-data-stored', 'contradicted'],
      [15, 'no-end-user-data-in-logs', 'contradicted'],
      [18, 'exact-scopes', 'verified'],
      [20, 'authenticated-requests', 'organisational'],
      // "Cloudflare (hosting)" is the company, and covers its Workers.
      [23, 'third-parties-exactly', 'verified'],
      [24, 'third-parties-exactly', 'verified'],
      [27, 'data-residency-supported', 'contradicted'],
      [27, 'storage-only-atlassian', 'contradicted'],
      [30, 'runs-on-atlassian', 'verified'],
      [31, 'vulnerability-remediation', 'organisational'],
      [32, 'security-training', 'organisational'],
    ]);
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder]), [['glossy-worker', 'worker']]);
  });
});
