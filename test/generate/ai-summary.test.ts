/** An issue panel that sends issue text to OpenAI and keeps summaries in Forge storage: where its data resides, in the security statement. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileOf, FIXTURES, generateIn } from './helpers.ts';

const APP = path.join(FIXTURES, 'ai-summary');

test('data residency names where the AI provider processes what it is sent, and the category reads as "AI prompts"', async () => {
  const md = fileOf(await generateIn(APP, { documents: ['security'], formats: ['md'] }), 'security-statement.md');
  const residency = md.slice(md.indexOf('## Data Residency'), md.indexOf('## Data Access'));
  assert.match(residency, /^Data the app sends to third parties is processed where they are, whatever the customer's data residency location:\n\n- OpenAI: United States$/m);
  assert.match(md, /^- \*\*OpenAI\*\*: Summarise issue text with a large language model\. Data it receives: AI prompts and AI responses\. Where: United States\.$/m);
});
