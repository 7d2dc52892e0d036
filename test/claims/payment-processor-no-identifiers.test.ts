import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/payment-processor-no-identifiers.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, makeFacts, sdkCall, thirdParty } from './facts-builder.ts';

const stripeSdk = thirdParty('stripe', 'Stripe', 'payments', [{ kind: 'import', detail: 'stripe', evidence: at('pages/api/credits/index.js', 1) }]);
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
    name: 'a checkout session created through the SDK with a price id only',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [stripeSdk], egress: { sdkCalls: [sdkCall('stripe', 'pages/api/credits/index.js', 23, ['other'], 'checkout.sessions.create')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['pages/api/credits/index.js:23'] },
  },
  {
    name: 'the customer email handed to the SDK',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [stripeSdk], egress: { sdkCalls: [sdkCall('stripe', 'pages/api/credits/index.js', 23, ['email', 'other'], 'checkout.sessions.create')] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['pages/api/credits/index.js:23'] },
  },
  {
    name: 'the SDK imported, no call seen: unverified',
    params: { processor: 'Stripe' },
    facts: makeFacts({ thirdParties: [stripeSdk] }),
    expect: { verdict: 'unverified', messageId: 'sdkOnly', at: ['pages/api/credits/index.js:1'] },
  },
  { name: 'no Stripe in the code', params: { processor: 'Stripe' }, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'notFound', at: [] } },
];

describe('payment-processor-no-identifiers', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
