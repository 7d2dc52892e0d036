import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/third-party-not-in-profile.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts, thirdParty } from './facts-builder.ts';

const openai = thirdParty('openai', 'OpenAI', 'https://openai.com', 'ai', [
  { kind: 'dependency', detail: 'openai', evidence: at('package.json', 12, '"openai": "^4.0.0"') },
  { kind: 'import', detail: 'openai', evidence: at('src/ai.js', 1) },
]);
const posthog = thirdParty('posthog', 'PostHog', 'https://posthog.com', 'analytics', [
  { kind: 'egress', detail: 'eu.i.posthog.com', evidence: at('src/track.js', 6) },
]);

const cases: Case[] = [
  { name: 'no profile: nothing to compare', facts: makeFacts({ thirdParties: [openai] }), expect: [] },
  { name: 'the profile does not list third parties yet (unfilled)', facts: makeFacts({ thirdParties: [openai] }), profile: {}, expect: [] },
  {
    name: 'every vendor listed',
    facts: makeFacts({ thirdParties: [openai, posthog] }),
    profile: { thirdParties: [{ name: 'OpenAI, L.L.C.', purpose: 'Text generation' }, { name: 'PostHog Inc.', id: 'posthog' }] },
    expect: [],
  },
  {
    name: 'an analytics vendor in the code, not in the profile',
    facts: makeFacts({ thirdParties: [openai, posthog] }),
    profile: { thirdParties: [{ name: 'OpenAI' }] },
    expect: [{ messageId: 'missing', at: 'src/track.js:6' }],
  },
  {
    name: 'the profile says there are none',
    facts: makeFacts({ thirdParties: [openai] }),
    profile: { thirdParties: [] },
    expect: [{ messageId: 'missing', at: 'package.json:12', related: ['src/ai.js:1'] }],
  },
];

describe('third-party-not-in-profile', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
