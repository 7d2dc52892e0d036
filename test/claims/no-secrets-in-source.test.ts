import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-secrets-in-source.ts';
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
