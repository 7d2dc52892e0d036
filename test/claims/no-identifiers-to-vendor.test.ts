import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-identifiers-to-vendor.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, sdkCall, thirdParty } from './facts-builder.ts';

const slack = thirdParty('slack', 'Slack', 'messaging', [{ kind: 'egress', detail: 'slack.com', evidence: at('src/slack.js', 14) }]);
const sentry = thirdParty('sentry', 'Sentry', 'error-tracking', [{ kind: 'import', detail: '@sentry/node', evidence: at('src/sentry.js', 1) }]);
const openai = thirdParty('openai', 'OpenAI', 'ai', [{ kind: 'import', detail: 'openai', evidence: at('src/ai.js', 1) }]);

const cases: Case[] = [
  {
    name: 'Sentry told who the user is with a value Candor cannot trace (one a template prints)',
    params: { vendor: 'Sentry' },
    facts: makeFacts({ thirdParties: [sentry], egress: { sdkCalls: [sdkCall('sentry', 'views/panel.ejs', 15, ['other'], 'init', 'frontend'), sdkCall('sentry', 'views/panel.ejs', 21, ['other'], 'setUser', 'frontend')] } }),
    expect: { verdict: 'unverified', messageId: 'identifies', at: ['views/panel.ejs:21'] },
  },
  {
    name: 'Sentry told only a constant user (a literal id), and errors without identifiers',
    params: { vendor: 'Sentry' },
    facts: makeFacts({ thirdParties: [sentry], egress: { sdkCalls: [sdkCall('sentry', 'src/sentry.js', 3, ['literal'], 'setUser'), sdkCall('sentry', 'src/sentry.js', 9, ['other'], 'captureException')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/sentry.js:3', 'src/sentry.js:9'] },
  },
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
  {
    name: 'a Forge fetch to a stored Slack webhook URL carries an e-mail, and the manifest lets it reach only Slack',
    params: { vendor: 'Slack' },
    facts: makeFacts({
      thirdParties: [slack],
      egress: { declared: [egressEntry('hooks.slack.com', 40), egressEntry('slack.com', 41)], calls: [call('slack.com', 'src/slack.js', 14, ['secret'])], unresolved: [call(null, 'src/slack.js', 5, ['email', 'product-content'])] },
    }),
    expect: { verdict: 'contradicted', messageId: 'bounded', at: ['src/slack.js:5'] },
  },
  {
    name: 'the same fetch may also reach the vendor\'s own server',
    params: { vendor: 'Slack' },
    facts: makeFacts({
      thirdParties: [slack],
      egress: { declared: [egressEntry('hooks.slack.com', 40), egressEntry('unfurl.example.io', 41)], calls: [call('slack.com', 'src/slack.js', 14, ['secret'])], unresolved: [call(null, 'src/slack.js', 5, ['email'])] },
    }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/slack.js:5'] },
  },
  {
    name: 'only `Sentry.init({ dsn })`: no call that sends Sentry data, so nothing to check',
    params: { vendor: 'Sentry' },
    facts: makeFacts({ thirdParties: [sentry], egress: { sdkCalls: [sdkCall('sentry', 'src/sentry.js', 7, ['secret'], 'init')] } }),
    expect: { verdict: 'unverified', messageId: 'sdkOnly', at: ['src/sentry.js:1'] },
  },
  {
    name: '`Sentry.captureException(err)` beside the init: checked',
    params: { vendor: 'Sentry' },
    facts: makeFacts({ thirdParties: [sentry], egress: { sdkCalls: [sdkCall('sentry', 'src/sentry.js', 7, ['secret'], 'init'), sdkCall('sentry', 'src/sentry.js', 20, ['other'], 'captureException')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/sentry.js:7', 'src/sentry.js:20'] },
  },
  { name: 'the vendor is not in the code', params: { vendor: 'Mistral' }, facts: makeFacts({ thirdParties: [openai] }), expect: { verdict: 'unverified', messageId: 'notFound', at: [] } },
];

describe('no-identifiers-to-vendor', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('no-identifiers-to-vendor: recognised', () => {
  it('a list of data before the identifiers ("do not include customer data or user identifiers")', () => {
    const text = 'Error reports sent to Sentry do not include customer data or user identifiers.';
    assert.deepEqual(recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => [r.claim.id, r.params]), [['no-identifiers-to-vendor', { vendor: 'Sentry' }]]);
  });

  it('a denial that opens with "no": "no user identifiers are sent to PostHog", after a clause naming what the vendor is for', () => {
    for (const [text, vendor] of [
      ['We use PostHog for product analytics; no user identifiers are sent to PostHog.', 'PostHog'],
      ['No personal data is sent to Sentry.', 'Sentry'],
      ['No account IDs are ever shared with Mixpanel.', 'Mixpanel'],
    ]) assert.deepEqual(recogniseText(text!, { kind: 'statement', file: 's.md', line: 1, column: 1, text: text! }).filter((r) => r.claim.id === 'no-identifiers-to-vendor').map((r) => r.params), [{ vendor }], text);
  });

  it('identifiers withheld after the vendor, not ones sent unredacted, a destination, or ones removed from the vendor\'s own store', () => {
    const vendors = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).filter((r) => r.claim.id === 'no-identifiers-to-vendor').map((r) => r.params);
    assert.deepEqual(vendors('Errors are reported to Sentry, without redacting account IDs.'), []);
    assert.deepEqual(vendors('Crash reports are sent to Sentry, without removing user e-mail addresses.'), []);
    assert.deepEqual(vendors('Alerts go to Slack - not to user e-mail addresses.'), []);
    assert.deepEqual(vendors('Issue text is sent to OpenAI\'s API; account IDs are removed from our database when you uninstall.'), []);
    // Withheld from what is sent: still the claim.
    assert.deepEqual(vendors('Issue text goes to OpenAI\'s API; author names and account IDs are stripped before the request.'), [{ vendor: 'OpenAI' }]);
    assert.deepEqual(vendors('Crash reports are sent to Sentry, without account IDs.'), [{ vendor: 'Sentry' }]);
    assert.deepEqual(vendors('We report crashes, to Sentry, with user names removed first.'), [{ vendor: 'Sentry' }]);
  });
});
