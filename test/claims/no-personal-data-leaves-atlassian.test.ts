import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import claim from '../../src/claims/catalogue/no-personal-data-leaves-atlassian.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { call, egressEntry, makeFacts, remoteCall, sdkCall } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no request at all', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a request outside Atlassian with no personal data: egress, but not this claim',
    facts: makeFacts({ egress: { calls: [call('api.example.io', 'src/rates.js', 4, ['literal'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'the account ID sent to the product stays in Atlassian',
    facts: makeFacts({ egress: { calls: [call('mysite.atlassian.net', 'src/a.js', 2, ['account-id'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an email address posted to a host outside Atlassian',
    facts: makeFacts({ egress: { calls: [call('hooks.example.io', 'src/notify.js', 12, ['email', 'product-content'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['src/notify.js:12'] },
  },
  {
    name: 'the account ID sent to the vendor\'s own Forge remote',
    facts: makeFacts({ egress: { calls: [remoteCall('backend', 'src/sync.js', 7, ['account-id'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['src/sync.js:7'] },
  },
  {
    name: 'an email address handed to an email SDK',
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sendgrid', 'src/remind.js', 8, ['email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sent', at: ['src/remind.js:8'] },
  },
  {
    name: 'the sentence names email addresses only; an account ID goes out',
    params: { kinds: ['email'] },
    facts: makeFacts({ egress: { calls: [call('api.example.io', 'src/a.js', 3, ['account-id'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Forge fetch to an unknown URL with an account ID, the manifest allowing a host outside Atlassian',
    facts: makeFacts({ app: { platform: 'forge' }, egress: { declared: [egressEntry('api.example.io', 30)], unresolved: [call(null, 'src/a.js', 5, ['account-id'])] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/a.js:5'] },
  },
  {
    name: 'a Forge fetch to an unknown URL that the manifest lets reach only Atlassian',
    facts: makeFacts({ app: { platform: 'forge' }, egress: { declared: [egressEntry('*.atlassian.net', 30)], unresolved: [call(null, 'src/a.js', 5, ['account-id'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('no-personal-data-leaves-atlassian', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const paramsIn = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.md', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === 'no-personal-data-leaves-atlassian')?.params ?? null;

  it('reads a label that denies personal data\'s transmission as its leaving the app', () => {
    assert.deepEqual(paramsIn('No PII transmission'), {});
    assert.deepEqual(paramsIn('No personal data transfer outside the app.'), {});
    // What goes to Atlassian's own APIs is no leaving.
    assert.equal(paramsIn('No PII transmission to Jira.'), null);
  });

  it('reads no leaving of Atlassian into a transmission label bounded by a region or a manner', () => {
    assert.equal(paramsIn('No personal data transfers outside the EU.'), null);
    assert.equal(paramsIn('No PII transmission to third countries.'), null);
    assert.equal(paramsIn('No PII transmission across borders.'), null);
    assert.equal(paramsIn('No PII transmission over unencrypted channels.'), null);
    assert.deepEqual(paramsIn('No PII transmission to external services.'), {});
  });

  it('leaves out the account ID when the sentence says that is the one identifier the app uses', () => {
    assert.deepEqual(paramsIn('No PII Transmission: Only uses Atlassian-generated IDs'), { kinds: ['email', 'display-name', 'ip-address', 'phone-number'] });
  });

  it('keeps the account ID among the kinds denied when the sentence also denies personal data as a whole', () => {
    assert.deepEqual(paramsIn('The app only uses Atlassian account IDs, and no personal data leaves Atlassian.'), {});
    assert.deepEqual(paramsIn('No personal data leaves Atlassian; the app only sends account IDs.'), {});
    assert.deepEqual(paramsIn('No PII transmission: the app only uses account IDs, and no personal data leaves Atlassian.'), {});
  });
});
