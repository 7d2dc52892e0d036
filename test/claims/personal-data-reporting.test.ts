import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/personal-data-reporting.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const reportCall = at('src/privacy.js', 64, 'const updates = await privacy.reportPersonalData(');
const stored: Facts['personalData']['uses'] = [{ kind: 'account-id', action: 'stored', target: 'kvs', evidence: at('src/store.js', 59) }];
const weekly = { key: 'personal-data-report', kind: 'scheduled' as const, interval: 'week', evidence: at('manifest.yml', 20) };

const sentToRemote: Facts['personalData']['uses'] = [{ kind: 'account-id', action: 'sent', target: 'remote:digest-store', evidence: at('src/digest.js', 22) }];
const remote = (operations: string[]): Facts['egress']['remotes'] =>
  [{ key: 'digest-store', baseUrl: 'https://digest.example.com', hosts: ['digest.example.com'], operations, evidence: at('manifest.yml', 19) }];

const cases: Case[] = [
  {
    name: 'a weekly scheduled trigger reaches the reporting call',
    params: { cadence: 'weekly' },
    facts: makeFacts({ personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [weekly] } } }),
    expect: { verdict: 'verified', messageId: 'verifiedCadence', at: ['manifest.yml:20', 'src/privacy.js:64'] },
  },
  {
    name: 'the weekly trigger was removed',
    params: { cadence: 'weekly' },
    facts: makeFacts({ personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [] } } }),
    expect: { verdict: 'contradicted', messageId: 'noTrigger', at: ['src/privacy.js:64'] },
  },
  {
    name: "a Connect app's server reports: its own scheduler, which Candor cannot read, runs it",
    params: { cadence: 'weekly' },
    facts: makeFacts({ app: { platform: 'connect' }, personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [] } } }),
    expect: { verdict: 'unverified', messageId: 'ownScheduler', at: ['src/privacy.js:64'] },
  },
  {
    name: 'the trigger runs daily, not weekly',
    params: { cadence: 'weekly' },
    facts: makeFacts({ personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [{ ...weekly, interval: 'day' }] } } }),
    expect: { verdict: 'contradicted', messageId: 'wrongInterval', at: ['manifest.yml:20'] },
  },
  {
    name: 'a weekly trigger, but report:personal-data is not declared: the call fails',
    params: { cadence: 'weekly' },
    facts: makeFacts({
      personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [weekly] } },
      scopes: { missing: [{ scope: 'report:personal-data', reason: 'personal-data-reporting', evidence: reportCall }] },
    }),
    expect: { verdict: 'contradicted', messageId: 'scopeMissing', at: ['src/privacy.js:64'] },
  },
  {
    name: 'account ids stored, no reporting call',
    params: {},
    facts: makeFacts({ personalData: { uses: stored, reporting: { calls: [], triggers: [] } } }),
    expect: { verdict: 'contradicted', messageId: 'noCall', at: ['src/store.js:59'] },
  },
  {
    name: 'reporting without a cadence stated',
    params: {},
    facts: makeFacts({ personalData: { uses: stored, reporting: { calls: [reportCall], triggers: [] } } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/privacy.js:64'] },
  },
  {
    name: 'account ids sent to a remote that declares storage, no reporting call',
    params: { cadence: 'weekly' },
    facts: makeFacts({ personalData: { uses: sentToRemote, reporting: { calls: [], triggers: [] } }, egress: { remotes: remote(['storage', 'compute']) } }),
    expect: { verdict: 'contradicted', messageId: 'noCall', at: ['src/digest.js:22'] },
  },
  {
    name: 'account ids sent to a compute-only remote, no reporting call',
    params: {},
    facts: makeFacts({ personalData: { uses: sentToRemote, reporting: { calls: [], triggers: [] } }, egress: { remotes: remote(['compute']) } }),
    expect: { verdict: 'unverified', messageId: 'noCallNoData', at: ['manifest.yml:30'] },
  },
];

describe('personal-data-reporting', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('personal-data-reporting: the cadence in other words', () => {
  const cadence = (sentence: string) => claim.params?.(sentence, /x/.exec('x')!)?.cadence;
  it('"once a day" and "every night" are daily, "once a week" weekly, "every hour" hourly', () => {
    assert.equal(cadence("The app reports the account IDs it stores to Atlassian's personal data reporting API once a day."), 'daily');
    assert.equal(cadence('Every night a scheduled trigger reports stored account IDs to the Personal Data Reporting API.'), 'daily');
    assert.equal(cadence('Once a week we report account IDs to the Personal Data Reporting API.'), 'weekly');
    assert.equal(cadence('We call the Personal Data Reporting API every hour.'), 'hourly');
  });
  it('the first cadence the sentence states', () => {
    assert.equal(cadence('A weekly trigger reports account IDs to the Personal Data Reporting API, and a daily one refreshes names.'), 'weekly');
  });
});
