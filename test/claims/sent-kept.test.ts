import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import dataResidency from '../../src/claims/catalogue/data-residency-supported.ts';
import noContentOutside from '../../src/claims/catalogue/no-customer-content-outside-atlassian.ts';
import onlyForgeKv from '../../src/claims/catalogue/only-forge-kv.ts';
import storageOnlyAtlassian from '../../src/claims/catalogue/storage-only-atlassian.ts';
import type { CatalogueClaim } from '../../src/claims/define.ts';
import type { Profile } from '../../src/profile/schema.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { formatMessage } from '../../src/utils/format-message.ts';
import { outcomeOf } from './claim-cases.ts';
import { call, egressEntry, makeFacts, sdkCall, storageWrite } from './facts-builder.ts';

// An issue panel that sends the description to OpenAI and keeps its settings in Forge KVS.
const facts = makeFacts({
  storage: [storageWrite('kvs', ['other'], 'src/settings.js', 4)],
  egress: { calls: [call('api.openai.com', 'src/index.js', 8, ['product-content'])] },
});
const openai = (retention?: string): Profile => ({ thirdParties: [{ id: 'openai', name: 'OpenAI', ...(retention ? { retention } : {}) }] });
const CLAIMS = [storageOnlyAtlassian, onlyForgeKv, dataResidency, noContentOutside];

const result = (claim: CatalogueClaim, profile: Profile, f: Facts = facts, all = true) =>
  outcomeOf(claim, { name: claim.id, facts: f, profile, params: { all }, expect: { verdict: 'verified', messageId: '', at: [] } });

describe('End-User Data sent to a third party: what the profile says it keeps', () => {
  for (const claim of CLAIMS) {
    it(`${claim.id}: unverified while the profile does not say, naming the receiver and the data`, () => {
      assert.deepEqual(result(claim, openai()), { verdict: 'unverified', messageId: 'sent', at: ['src/index.js:8'] });
      const outcome = claim.verify({ all: true }, { facts, profile: null });
      assert.match(formatMessage(claim.messages[outcome.messageId]!, outcome.data), /^End-User Data \(product content\) is sent to OpenAI \(src\/index\.js:8\) and may be kept there: state .*thirdParties\[\]\.retention/);
    });
    it(`${claim.id}: organisational when the profile says OpenAI keeps nothing`, () => {
      assert.deepEqual(result(claim, openai('not-stored')), { verdict: 'organisational', messageId: 'keepsNothing', at: ['src/index.js:8'] });
    });
    it(`${claim.id}: contradicted when the profile says OpenAI keeps it for 30 days`, () => {
      assert.deepEqual(result(claim, openai('30 days')), { verdict: 'contradicted', messageId: 'keptBy', at: ['src/index.js:8'] });
    });
  }

  it('a receiver is matched to its profile entry by name too, and a call through its SDK counts', () => {
    const viaSdk = makeFacts({ egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 12, ['product-content'])] } });
    const profile: Profile = { thirdParties: [{ name: 'OpenAI', retention: 'not-stored' }] };
    assert.deepEqual(result(storageOnlyAtlassian, profile, viaSdk), { verdict: 'organisational', messageId: 'keepsNothing', at: ['src/ai.js:12'] });
  });

  it('one receiver without a stated retention leaves the claim unverified, naming only that one', () => {
    const two = makeFacts({ egress: { calls: [call('api.openai.com', 'src/index.js', 8, ['product-content']), call('api.acme.io', 'src/sync.js', 3, ['account-id'])] } });
    const outcome = storageOnlyAtlassian.verify({}, { facts: two, profile: openai('not-stored') });
    assert.equal(outcome.verdict, 'unverified');
    assert.deepEqual(outcome.data, { receivers: 'api.acme.io', data: 'account IDs', where: 'src/sync.js:3' });
  });

  // A reminder job posts issue summaries and assignees to a chat webhook whose URL an admin saved in KVS.
  it('a fetch to a URL read from storage reaches the hosts its manifest declares: End-User Data goes to them', () => {
    const webhook = makeFacts({
      storage: [storageWrite('kvs', ['other'], 'src/settings.js', 4)],
      egress: { declared: [egressEntry('hooks.slack.com', 30)], unresolved: [call(null, 'src/notify.js', 21, ['product-content', 'display-name'])] },
    });
    for (const claim of [storageOnlyAtlassian, noContentOutside]) {
      const outcome = claim.verify({}, { facts: webhook, profile: null });
      assert.equal(outcome.verdict, 'unverified', claim.id);
      assert.deepEqual(outcome.data, { receivers: 'Slack', data: 'product content and user names', where: 'src/notify.js:21' });
    }
    const kept = storageOnlyAtlassian.verify({}, { facts: webhook, profile: { thirdParties: [{ name: 'Slack', retention: 'indefinitely' }] } });
    assert.equal(kept.verdict, 'contradicted');
  });

  it('a request to a URL nothing bounds leaves the claim unverified; one the manifest bounds to Atlassian does not', () => {
    const anywhere = makeFacts({ app: { platform: 'connect' }, egress: { unresolved: [call(null, 'src/notify.js', 9, ['product-content'])] } });
    const outcome = storageOnlyAtlassian.verify({}, { facts: anywhere, profile: null });
    assert.equal(outcome.verdict, 'unverified');
    assert.equal(outcome.data?.receivers, 'a URL Candor cannot resolve');
    const atlassian = makeFacts({ egress: { declared: [egressEntry('*.atlassian.net', 30)], unresolved: [call(null, 'src/notify.js', 9, ['product-content'])] } });
    assert.equal(storageOnlyAtlassian.verify({}, { facts: atlassian, profile: null }).verdict, 'verified');
  });

  it('data residency of some data stays open when a receiver keeps it', () => {
    assert.deepEqual(result(dataResidency, openai('30 days'), facts, false), { verdict: 'unverified', messageId: 'keptBy', at: ['src/index.js:8'] });
  });
});
