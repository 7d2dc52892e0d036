import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// Gemini's SDK answers with an object whose `response.text()` gives the answer: a method of a field of what the AI call
// answered reads that answer, no new call to the vendor, and the answer holds the page text the prompt carried.
describe("an AI SDK's answer read through a method (`result.response.text()`)", () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/gemini-page-digest'));
  });
  const writes = (): string[] => facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.line}`);

  it('carries the product content the prompt carried into what the app stores', () => {
    assert.ok(writes().includes('digest:{} product-content 24'), writes().join('\n'));
  });

  it("carries none of it in the answer's other fields (its token counts)", () => {
    assert.ok(writes().includes('usage:{} other 25'), writes().join('\n'));
  });

  it('is one call to the vendor', () => {
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.api} ${c.evidence.line}`), ['google-gemini GoogleGenerativeAI.getGenerativeModel.generateContent 21']);
  });
});
