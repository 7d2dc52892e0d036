import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('a request body nested as model APIs nest it', () => {
  it('carries what its innermost fields hold (Gemini\'s contents[].parts[].text, Anthropic\'s messages[].content[].text)', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/app/nested-model-requests'), { cache: false });
    const calls = facts.egress.calls.map((c) => [c.host, c.carries]);
    assert.deepEqual(calls, [
      ['generativelanguage.googleapis.com', ['product-content', 'secret']],
      ['api.anthropic.com', ['product-content', 'secret']],
    ]);
  });
});
