import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-secrets-in-source.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no secret found', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'an API key committed',
    facts: makeFacts({ secrets: [{ rule: 'openai-key', description: 'OpenAI API key', masked: 'sk-…abcd', evidence: at('src/ai.js', 3) }] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/ai.js:3'] },
  },
];

describe('no-secrets-in-source', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('no-secrets-in-source: recognised', () => {
  const ids = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id);
  it('a key kept as an environment variable is not in the source; a token kept in storage says nothing of it', () => {
    assert.deepEqual(ids('The OpenAI API key is kept as an encrypted Forge environment variable.'), ['no-secrets-in-source']);
    assert.deepEqual(ids('The Sentry DSN is stored as a Forge environment variable, not in source code.'), ['no-secrets-in-source']);
    assert.deepEqual(ids('Customer API tokens are stored in Forge storage.'), []);
  });
});
