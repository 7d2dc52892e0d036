import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-identifiers-to-vendor.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts, sdkCall, thirdParty } from './facts-builder.ts';

const openai = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'import', detail: 'openai', evidence: at('src/ai.js', 1) }]);

const cases: Case[] = [
  {
    name: 'the account id passed as the OpenAI `user`',
    params: { vendor: 'OpenAI' },
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 6, ['account-id', 'resolver-payload'], 'chat.completions.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/ai.js:6'] },
  },
  {
    name: 'only the prompt goes to OpenAI',
    params: { vendor: 'OpenAI' },
    facts: makeFacts({ thirdParties: [openai], egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 6, ['resolver-payload'], 'chat.completions.create')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/ai.js:6'] },
  },
  { name: 'the vendor is not in the code', params: { vendor: 'Mistral' }, facts: makeFacts({ thirdParties: [openai] }), expect: { verdict: 'unverified', messageId: 'notFound', at: [] } },
];

describe('no-identifiers-to-vendor', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
