import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-end-user-data-to-third-parties.ts';
import { deniedCategories, deniedKinds, deniesContentPartsOnly } from '../../src/claims/sharing.ts';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, sdkCall } from './facts-builder.ts';

const personal = { kinds: ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'] };
const content = { kinds: ['product-content'] };
const all = {};

const cases: Case[] = [
  {
    name: '"descriptions, comments and attachments are never sent": content sent, of fields Candor does not tell apart',
    params: { kinds: ['product-content', 'resolver-payload'], parts: true },
    facts: makeFacts({ egress: { calls: [call('events.eu.pagerduty.com', 'server/src/pagerduty.ts', 6, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'parts', at: ['server/src/pagerduty.ts:6'] },
  },
  {
    name: '"descriptions, comments and attachments are never sent": account IDs sent are none of them',
    params: { kinds: ['product-content', 'resolver-payload'], parts: true },
    facts: makeFacts({ egress: { calls: [call('events.eu.pagerduty.com', 'server/src/pagerduty.ts', 6, ['account-id'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['server/src/pagerduty.ts:6'] },
  },
  { name: 'nothing sent anywhere', params: all, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'an email address handed to the SendGrid SDK',
    params: personal,
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sendgrid', 'src/remind.js', 8, ['email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['src/remind.js:8'] },
  },
  {
    name: 'the account ID set as the Sentry user, and issue content in an OpenAI request',
    params: all,
    facts: makeFacts({ egress: {
      sdkCalls: [sdkCall('sentry', 'src/index.js', 4, ['account-id'], 'setUser')],
      calls: [call('api.openai.com', 'src/summarise.js', 20, ['product-content'])],
    } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['src/index.js:4', 'src/summarise.js:20'] },
  },
  {
    name: 'issue content to OpenAI is not personal data',
    params: personal,
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('openai', 'src/summarise.js', 17, ['product-content'], 'chat.completions.create')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/summarise.js:17'] },
  },
  {
    name: 'issue content denied, an email address handed to an email SDK: not what the sentence is about',
    params: content,
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sendgrid', 'src/remind.js', 8, ['email'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/remind.js:8'] },
  },
  {
    name: 'SDK calls with their configuration and literals only: no false alarm',
    params: all,
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sentry', 'src/index.js', 2, ['secret'], 'init'), sdkCall('posthog', 'static/app.js', 5, ['literal'], 'capture', 'frontend')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/index.js:2', 'static/app.js:5'] },
  },
  {
    name: 'data users submit sent to a host of no known vendor',
    params: all,
    facts: makeFacts({ egress: { calls: [call('hooks.acme.io', 'src/notify.js', 9, ['resolver-payload'])] } }),
    expect: { verdict: 'unverified', messageId: 'unknownHost', at: ['src/notify.js:9'] },
  },
  {
    name: 'the app\'s own backend is not a third party',
    params: all,
    facts: makeFacts({ egress: {
      calls: [call('api.acme.io', 'src/sync.js', 9, ['product-content'])],
      remotes: [{ key: 'backend', baseUrl: 'https://api.acme.io', hosts: ['api.acme.io'], operations: ['compute'], evidence: at('manifest.yml', 40) }],
    } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: '"with analytics providers": an account id in an S3 object is not what the sentence denies, one sent to PostHog is',
    params: { kinds: ['account-id', 'email', 'display-name'], categories: ['analytics'] },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('aws-s3', 'server/diagrams.js', 15, ['account-id']), sdkCall('posthog', 'client/editor.js', 10, ['account-id'], 'identify', 'frontend')] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['client/editor.js:10'] },
  },
  {
    name: '"with analytics providers": only storage gets the account id',
    params: { kinds: ['account-id', 'email', 'display-name'], categories: ['analytics'] },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('aws-s3', 'server/diagrams.js', 15, ['account-id'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'personal data sent to a host Candor could not resolve',
    params: personal,
    facts: makeFacts({ egress: { unresolved: [call(null, 'src/hook.js', 3, ['email'])] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/hook.js:3'] },
  },
  {
    name: 'a Forge fetch to a stored webhook URL, where the manifest lets the backend reach only Slack',
    params: personal,
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 'src/slack.js', 8, ['display-name'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sentBounded', at: ['src/slack.js:8'] },
  },
  {
    name: 'a Forge fetch that may also reach a host of no known vendor',
    params: personal,
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40), egressEntry('https://api.acme.io', 41)], unresolved: [call(null, 'src/slack.js', 8, ['display-name'])] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/slack.js:8'] },
  },
  {
    name: 'a Connect app is not bounded by a manifest',
    params: personal,
    facts: makeFacts({ app: { platform: 'connect' }, egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 'src/slack.js', 8, ['display-name'])] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/slack.js:8'] },
  },
  {
    name: 'a visitor\'s IP address handed to an analytics SDK is personal data',
    params: personal,
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('segment', 'server/track.js', 11, ['ip-address'], 'track')] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['server/track.js:11'] },
  },
  {
    name: '"we do not send IP addresses to third parties" while an email goes to SendGrid',
    params: { kinds: deniedKinds('We do not send IP addresses to third parties.') },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sendgrid', 'src/remind.js', 8, ['email'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/remind.js:8'] },
  },
  {
    name: '"… except Stripe": account IDs go to PostHog, the checkout to Stripe',
    params: { ...all, except: ['Stripe'] },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('stripe', 'lib/billing.js', 6, ['resolver-payload'], 'checkout.sessions.create'), sdkCall('posthog', 'lib/analytics.js', 6, ['account-id', 'resolver-payload'], 'capture')] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['lib/analytics.js:6'] },
  },
  {
    name: '"… except Anthropic": the prompt goes to Anthropic only',
    params: { ...all, except: ['Anthropic'] },
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('anthropic', 'src/ai.js', 9, ['product-content'], 'messages.create')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('no-end-user-data-to-third-parties', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('denied kinds', () => {
  it('personal data holds IP addresses; IP addresses alone are those', () => {
    assert.deepEqual(deniedKinds('We do not share personal data with third parties.'), ['account-id', 'email', 'display-name', 'ip-address', 'phone-number']);
    assert.deepEqual(deniedKinds('We do not send IP addresses to third parties.'), ['ip-address']);
  });

  it('parts of the content alone: descriptions, comments, attachments', () => {
    assert.deepEqual(deniedKinds('Issue descriptions, comments and attachments are never sent to PagerDuty or any other third party.'), ['product-content', 'resolver-payload']);
    assert.equal(deniesContentPartsOnly('Issue descriptions, comments and attachments are never sent to PagerDuty or any other third party.'), true);
    assert.equal(deniesContentPartsOnly('Issue content, comments and attachments are never sent to third parties.'), false);
    assert.equal(deniesContentPartsOnly('No data, not even comments, is sent to third parties.'), false);
  });
});

describe('denied categories', () => {
  it('"AI providers" are only AI vendors: Sentry beside them is no third party the sentence denies', () => {
    assert.deepEqual(deniedCategories('No ticket content is sent to third-party AI providers such as OpenAI.'), ['ai']);
    assert.deepEqual(deniedCategories('We never share page content with LLM services.'), ['ai']);
    assert.deepEqual(deniedCategories('We do not share personal data with third parties.'), []);
  });
});

describe('"any other third parties" after a list of vendors', () => {
  const params = (text: string) => recogniseClaims(readStatement('s.md', text)).filter((r) => r.claim.id === 'no-end-user-data-to-third-parties').map((r) => r.params);
  it('allows the vendors the sentences before it name, not one the denial names itself', () => {
    assert.deepEqual(params('We use the following sub-processors: Amazon Web Services (S3), Sentry and Render.\nSentry is used for error tracking.\nWe do not share personal data with any other third parties.\n'), [
      { ...personal, except: ['Sentry', 'Amazon S3', 'Render', 'Amazon Web Services'] },
    ]);
    assert.deepEqual(params('We do not send personal data to Slack or any other third party.\n'), [personal]);
    assert.deepEqual(params('We do not share personal data with any other third parties.\n'), [personal]);
  });
});
