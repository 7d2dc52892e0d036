import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/profile-third-party-not-in-code.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts, thirdParty } from './facts-builder.ts';

const stripe = thirdParty('stripe', 'Stripe', 'https://stripe.com', 'payments', [{ kind: 'import', detail: 'stripe', evidence: at('src/billing.js', 1) }]);

const cases: Case[] = [
  { name: 'no profile', facts: makeFacts(), expect: [] },
  { name: 'listed and used', facts: makeFacts({ thirdParties: [stripe] }), profile: { thirdParties: [{ name: 'Stripe, Inc.' }] }, expect: [] },
  {
    name: 'listed, no longer in the code',
    facts: makeFacts({ thirdParties: [stripe] }),
    profile: { thirdParties: [{ name: 'Stripe' }, { name: 'Mixpanel', purpose: 'Product analytics' }] },
    profileLines: { 'thirdParties[1].name': 31 },
    expect: [{ messageId: 'notFound', at: 'candor.yaml:31' }],
  },
];

describe('profile-third-party-not-in-code', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));

  it('without a profile source, points at the top of candor.yaml', () => {
    const [report] = check.run({ facts: makeFacts(), profile: { thirdParties: [{ name: 'Mixpanel' }] } });
    assert.deepEqual(report?.evidence, { file: 'candor.yaml', line: 1, column: 1, excerpt: 'name: Mixpanel' });
  });
});
