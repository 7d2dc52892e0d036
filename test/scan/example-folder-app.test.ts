import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/unseenf14/example-folder-app');

describe('an app whose manifest is below an `examples/` folder of the folder scanned', () => {
  it("reads the app's own code beside its manifest, the folder names above it not making it an example", async () => {
    const facts = await scan(fixture);
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.evidence.file]), [
      ['GET', '/rest/api/3/issue/{}?fields=summary', 'examples/issue-notes/src/index.js'],
    ]);
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries, s.evidence.file, s.evidence.line]), [
      ['write', 'note:{}', ['product-content', 'resolver-payload'], 'examples/issue-notes/src/index.js', 11],
    ]);
  });

  it("still leaves out the app's own tests", async () => {
    const facts = await scan(fixture);
    assert.equal(facts.storage.some((s) => s.evidence.file.includes('/test/')), false);
  });
});
