import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

describe('a helper that posts a body to the URL its callers give (`call(url, body)`)', () => {
  it('sends from each call site what that caller\'s body holds: an issue\'s summary, product content without its people, through a helper of a helper too', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r22a/helper-url-from-callers'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.carries, at(c.evidence)]).sort((a, b) => String(a[2]).localeCompare(String(b[2]))), [
      ['hooks.slack.com', ['product-content'], 'src/index.js:11'],
      ['status.example.com', ['other'], 'src/index.js:12'],
      ['example.webhook.office.com', ['product-content'], 'src/index.js:13'],
    ]);
  });
});
