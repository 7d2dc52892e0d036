import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// A Connect app keeps page snapshots in Google Cloud Storage and exports in S3, and its `uninstalled` callback removes the
// installation's objects from both through helpers: the deletions the handler makes through the vendors' SDKs.
describe('an uninstall handler that deletes objects through storage SDKs', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/uninstall-object-store'));
  });

  it('lists the object deletions the handler reaches, with the vendor', () => {
    const deletes = facts.uninstall.flatMap((u) => u.deletes ?? []).map((d) => `${d.backend} ${d.key} ${d.vendor} ${d.evidence.file}:${d.evidence.line}`);
    assert.deepEqual(deletes.sort(), [
      'external-db null aws-s3 lib/exports.js:14',
      'external-db null google-cloud-storage lib/snapshots.js:10',
    ]);
  });
});
