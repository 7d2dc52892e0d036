import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('scripts a Custom UI page loads from a CDN: <script src>, a script element it makes, a module imported by its URL', () => {
  it('are egress the manifest declares under external.scripts, not fetch.client', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r23a/cdn-scripts'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.host, `${c.evidence.file}:${c.evidence.line}`]), [
      ['script', 'cdn.jsdelivr.net', 'static/board/index.html:6'],
      ['script.src', 'unpkg.com', 'static/board/src/main.js:5'],
      ['import', 'esm.sh', 'static/board/src/main.js:1'],
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['unpkg.com', 'esm.sh']);
    assert.deepEqual(facts.egress.unused.map((d) => d.address), ['esm.sh']);
  });
});
