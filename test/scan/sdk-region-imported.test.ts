import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('an SDK client whose region a constant of another module names', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/sdk-region-imported'), { cache: false });
  });

  it('is configured for that region, at the option that names it; one read from the environment has none', () => {
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.api, c.region?.name, c.region ? `${c.region.evidence.file}:${c.region.evidence.line}` : null]), [
      ['S3Client.send', 'us-east-1', 'src/archive.js:4'],
      ['S3Client.send', undefined, null],
    ]);
  });
});
