import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/runs-on-atlassian.ts';
import type { SeverityReport } from '../../src/checks/context.ts';
import type { EgressDeclaration, ModuleFact, TriggerFact } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';
import { sdkCall } from '../claims/facts-builder.ts';

const egress = (address: string, host: string, line: number, kind: EgressDeclaration['kind'] = 'fetch-backend'): EgressDeclaration =>
  ({ kind, address, host, wildcard: false, category: null, inScopeEUD: null, evidence: at('manifest.yml', line) });
const webTrigger = (key: string, response: string | null, line: number): TriggerFact =>
  ({ kind: 'web', key, function: 'hook', events: [], interval: null, response, evidence: at('manifest.yml', line) });
const connectModule: ModuleFact = { type: 'connect-jira:webPanels', key: 'legacy-panel', ui: 'connect', evidence: at('manifest.yml', 5) };
const remote = { key: 'backend', baseUrl: 'https://api.example.com', hosts: ['api.example.com'], operations: ['compute'], evidence: at('manifest.yml', 50) };
const secret = { rule: 'generic-api-key', description: 'An API key', masked: 'ab…yz', evidence: at('src/config.js', 3) };
// The scan does not read `category` / `inScopeEUD` yet; the check already honours them when present.
const analytics: EgressDeclaration = Object.assign(egress('https://eu.i.posthog.com', 'eu.i.posthog.com', 22), { category: 'analytics', inScopeEUD: false });
const claimed = { claims: [{ id: 'runs-on-atlassian' }] };

const cases: Case[] = [
  { name: 'a Forge app with Forge storage, no egress, a static web trigger', facts: makeFacts({ triggers: [webTrigger('import', 'static', 30)], storage: [{ backend: 'kvs', op: 'write', key: 'settings', api: 'kvs.set', carries: ['other'], evidence: at('src/index.js', 4) }] }), expect: [] },
  { name: 'Forge SQL without a claim', facts: makeFacts({ storage: [{ backend: 'sql', op: 'write', key: 'jobs', api: 'sql.prepare', carries: ['other'], evidence: at('src/db.js', 9) }] }), expect: [] },
  { name: 'a Connect app that does not claim the badge', facts: makeFacts({ app: { platform: 'connect', modules: [{ ...connectModule, type: 'webPanels' }] } }), expect: [] },
  {
    name: 'remotes, plain egress, an entry allowed by default, dynamic web triggers and a secret',
    facts: makeFacts({
      egress: {
        remotes: [remote],
        declared: [
          egress('https://api.example.com', 'api.example.com', 50, 'remote'),
          egress('https://eu.i.posthog.com', 'eu.i.posthog.com', 20),
          egress('https://secure.gravatar.com', 'secure.gravatar.com', 24, 'images'),
        ],
      },
      triggers: [webTrigger('hook', null, 33), webTrigger('api', 'dynamic', 36), webTrigger('ok', 'static', 39)],
      secrets: [secret],
    }),
    expect: [
      { messageId: 'remotes', at: 'manifest.yml:50' },
      { messageId: 'egress', at: 'manifest.yml:20' },
      { messageId: 'egressDefault', at: 'manifest.yml:24' },
      { messageId: 'credentials', at: 'src/config.js:3' },
      { messageId: 'webTriggers', at: 'manifest.yml:33', related: ['manifest.yml:36'] },
    ],
  },
  {
    name: 'analytics egress without End-User Data (`category: analytics`, `inScopeEUD: false`)',
    facts: makeFacts({
      egress: {
        declared: [analytics],
        calls: [{ client: 'api.fetch', method: 'POST', url: 'https://eu.i.posthog.com/capture', host: 'eu.i.posthog.com', side: 'backend', carries: ['literal', 'other'], evidence: at('src/track.js', 7) }],
      },
    }),
    expect: [],
  },
  {
    name: 'analytics egress that sends account IDs',
    facts: makeFacts({
      egress: {
        declared: [analytics],
        calls: [{ client: 'api.fetch', method: 'POST', url: 'https://eu.i.posthog.com/capture', host: 'eu.i.posthog.com', side: 'backend', carries: ['account-id'], evidence: at('src/track.js', 7) }],
      },
    }),
    expect: [{ messageId: 'analyticsEud', at: 'src/track.js:7' }],
  },
  {
    name: 'Connect modules in a Forge manifest',
    facts: makeFacts({ app: { platform: 'connect-on-forge', modules: [connectModule, { type: 'jira:issuePanel', key: 'panel', ui: 'ui-kit', evidence: at('manifest.yml', 12) }] } }),
    expect: [{ messageId: 'connectModules', at: 'manifest.yml:5' }],
  },
  {
    name: 'claimed: the same criteria are errors pointing back at the claim, and Forge SQL gets a note',
    facts: makeFacts({
      egress: { declared: [egress('https://api.segment.io', 'api.segment.io', 20)] },
      storage: [{ backend: 'sql', op: 'write', key: 'jobs', api: 'sql.prepare', carries: ['other'], evidence: at('src/db.js', 9) }],
    }),
    profile: claimed,
    profileLines: { 'claims[0]': 60 },
    expect: [
      { messageId: 'egressClaimed', at: 'manifest.yml:20', related: ['candor.yaml:60'] },
      { messageId: 'sqlClaimed', at: 'src/db.js:9', related: ['candor.yaml:60'] },
    ],
  },
  {
    name: 'a Connect app claiming the badge',
    facts: makeFacts({ app: { platform: 'connect', modules: [{ ...connectModule, type: 'webPanels' }] } }),
    profile: { claims: ['The app is eligible for Runs on Atlassian.'] },
    profileLines: { 'claims[0]': 61 },
    expect: [{ messageId: 'connectModulesClaimed', at: 'manifest.yml:5', related: ['candor.yaml:61'] }],
  },  {
    name: 'analytics egress whose vendor SDK is given account IDs',
    facts: makeFacts({ egress: { declared: [analytics], sdkCalls: [sdkCall('posthog', 'static/panel/src/track.js', 9, ['account-id'], 'identify', 'frontend')] } }),
    expect: [{ messageId: 'analyticsEud', at: 'static/panel/src/track.js:9' }],
  },
];

describe('runs-on-atlassian', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));

  it('is an error only where the profile claims it', () => {
    const severities = (profile: Case['profile'] | null) =>
      (check.run({ facts: cases[7]!.facts, profile: profile ?? null }) as SeverityReport[]).map((r) => r.severity ?? check.severity);
    assert.deepEqual(severities(null), ['note']);
    assert.deepEqual(severities(claimed), ['error', 'note']);
  });

  it('a sentence saying the app is not on the program is no claim', () => {
    const profile = { claims: ['This app is not eligible for Runs on Atlassian.'] };
    assert.deepEqual(check.run({ facts: cases[7]!.facts, profile }).map((r) => r.messageId), ['egress']);
  });
});
