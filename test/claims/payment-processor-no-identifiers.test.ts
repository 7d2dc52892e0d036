import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/payment-processor-no-identifiers.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, makeFacts, thirdParty } from './facts-builder.ts';

const stripeHttp = thirdParty('stripe', 'Stripe', 'payments', [{ kind: 'egress', detail: 'api.stripe.com', evidence: at('api/checkout.js', 12) }]);

const cases: Case[] = [
  {
    name: 'a checkout request with a price id only',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [stripeHttp], egress: { calls: [call('api.stripe.com', 'api/checkout.js', 12, ['literal', 'other'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['api/checkout.js:12'] },
  },
  {
    name: 'the customer email sent to Stripe',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [stripeHttp], egress: { calls: [call('api.stripe.com', 'api/checkout.js', 12, ['email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['api/checkout.js:12'] },
  },
  {
    name: 'through the SDK: best effort, unverified',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [thirdParty('stripe', 'Stripe', 'payments', [{ kind: 'import', detail: 'stripe', evidence: at('pages/api/credits/index.js', 1) }])] }),
    expect: { verdict: 'unverified', messageId: 'sdkOnly', at: ['pages/api/credits/index.js:1'] },
  },
  { name: 'no Stripe in the code', params: { processor: 'Stripe' }, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'notFound', at: [] } },
];

describe('payment-processor-no-identifiers', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
