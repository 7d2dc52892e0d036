/** Readings that said the opposite or more than the sentence: a denial of running on Atlassian, content that never leaves the product, "no other AI provider" after Atlassian's own AI. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const read = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);
const ids = (text: string): string[] => read(text).map(([id]) => id);

describe('recognising denials of Atlassian, content leaving and Atlassian\'s AI', () => {
  it('a denial of running on Atlassian is no claim of having no backend of the vendor\'s', () => {
    for (const text of [
      "Our backend does not run on Atlassian's infrastructure.",
      'The app is not hosted by Atlassian.',
      "Its back end isn't hosted on Atlassian Forge.",
      'The app does not run entirely on Atlassian.',
      'The app does not run exclusively on Forge.',
      "Not all processing happens within Atlassian's infrastructure.",
    ]) assert.ok(!ids(text).includes('no-external-backend'), text);
  });

  it('… while the affirmations, and denials of servers outside Atlassian, stay', () => {
    for (const text of [
      "Our backend runs on Atlassian's infrastructure.",
      'The app runs entirely on Atlassian Forge.',
      'We do not operate our own servers.',
      "We don't host anything ourselves, the app runs on Atlassian Forge.",
      'We have no servers and everything runs on Atlassian Forge.',
    ]) assert.ok(ids(text).includes('no-external-backend'), text);
  });

  it('product content that never leaves the product is held to that content', () => {
    for (const text of ['Your repository content never leaves Bitbucket.', 'Page content never leaves Confluence.', 'Issue data never leaves Jira.', "Issue descriptions and comments never leave Atlassian's infrastructure."]) {
      assert.deepEqual(read(text).find(([id]) => id === 'no-egress'), ['no-egress', { content: true }], text);
    }
  });

  it('… while data at large, or nothing, leaving is all egress', () => {
    for (const text of ['Your data never leaves Atlassian.', 'Nothing leaves Jira.', 'No data ever leaves Atlassian.']) {
      assert.deepEqual(read(text).find(([id]) => id === 'no-egress'), ['no-egress', {}], text);
    }
  });

  it('"does not call any other AI provider" after Atlassian\'s own AI allows no provider outside Atlassian', () => {
    assert.deepEqual(read('Summaries are generated with Forge LLMs (`@forge/llm`). The app does not call any other AI provider.'), [['ai-providers-and-data', { providers: [] }]]);
    assert.deepEqual(read('The assistant is built on Rovo. We do not use any other AI service.'), [['ai-providers-and-data', { providers: [] }]]);
    assert.deepEqual(read('OpenAI drafts the replies. The app doesn\'t use any other AI service.'), [['ai-providers-and-data', { providers: ['OpenAI'] }]]);
  });

  it('… and alone, or held to a condition, names none', () => {
    assert.deepEqual(read('The app does not call any other AI provider.'), []);
    assert.deepEqual(read('The app uses Rovo. It never calls any other LLM provider unless you enable it.'), []);
  });
});
