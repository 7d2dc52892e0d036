import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/runs-on-atlassian.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { at, egressEntry, makeFacts, sdkCall, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'a Forge app with no remote, egress or dynamic web trigger', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a remote',
    facts: makeFacts({ egress: { remotes: [{ key: 'r', baseUrl: 'https://r.example.com', hosts: ['r.example.com'], operations: [], evidence: at('manifest.yml', 50) }] } }),
    expect: { verdict: 'contradicted', messageId: 'remotes', at: ['manifest.yml:50'] },
  },
  { name: 'an egress entry', facts: makeFacts({ egress: { declared: [egressEntry('https://api.acme.io', 22)] } }), expect: { verdict: 'contradicted', messageId: 'egress', at: ['manifest.yml:22'] } },
  {
    name: 'an egress entry for the product site (`*.atlassian.net`): listed, it still counts, as the check says, and the message says the host is Atlassian\'s',
    facts: makeFacts({ egress: { declared: [egressEntry('*.atlassian.net', 50, 'fetch-client')] } }),
    expect: { verdict: 'contradicted', messageId: 'atlassianEgress', at: ['manifest.yml:50'] },
  },
  {
    name: 'an Atlassian host beside another: the other is egress',
    facts: makeFacts({ egress: { declared: [egressEntry('*.atlassian.net', 50, 'fetch-client'), egressEntry('https://api.acme.io', 51)] } }),
    expect: { verdict: 'contradicted', messageId: 'egress', at: ['manifest.yml:50', 'manifest.yml:51'] },
  },
  {
    name: 'a dynamic web trigger',
    facts: makeFacts({ triggers: [{ kind: 'web', key: 'hook', function: 'hook', events: [], interval: null, response: 'dynamic', evidence: at('manifest.yml', 12) }] }),
    expect: { verdict: 'contradicted', messageId: 'webTriggers', at: ['manifest.yml:12'] },
  },
  {
    name: 'analytics egress without in-scope End-User Data, but the PostHog SDK is given account IDs',
    facts: makeFacts({ egress: {
      declared: [{ ...egressEntry('*.posthog.com', 24, 'fetch-client'), category: 'analytics', inScopeEUD: false }],
      sdkCalls: [sdkCall('posthog', 'static/app/src/track.js', 6, ['literal'], 'capture', 'frontend'), sdkCall('posthog', 'static/app/src/track.js', 9, ['account-id'], 'identify', 'frontend')],
    } }),
    expect: { verdict: 'contradicted', messageId: 'analyticsEud', at: ['static/app/src/track.js:9'] },
  },
  {
    name: 'analytics egress whose SDK calls carry only event names',
    facts: makeFacts({ egress: {
      declared: [{ ...egressEntry('*.posthog.com', 24, 'fetch-client'), category: 'analytics', inScopeEUD: false }],
      sdkCalls: [sdkCall('posthog', 'static/app/src/track.js', 6, ['literal'], 'capture', 'frontend')],
    } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  { name: 'Forge SQL', facts: makeFacts({ storage: [storageWrite('sql', ['other'], 'src/db.js', 9)] }), expect: { verdict: 'unverified', messageId: 'sql', at: ['src/db.js:9'] } },
];

const remote = makeFacts({ egress: { remotes: [{ key: 'r', baseUrl: 'https://r.example.com', hosts: ['r.example.com'], operations: [], evidence: at('manifest.yml', 50) }] } });
// "The app is not eligible for Runs on Atlassian": a criterion the app fails verifies it.
const notEligible: Case[] = [
  { name: 'said not eligible, and it has a remote', params: { eligible: false }, facts: remote, expect: { verdict: 'verified', messageId: 'notEligible', at: ['manifest.yml:50'] } },
  { name: 'said not eligible, but it meets every criterion Candor checks', params: { eligible: false }, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'eligible', at: [] } },
  { name: 'said not eligible, with Forge SQL only', params: { eligible: false }, facts: makeFacts({ storage: [storageWrite('sql', ['other'], 'src/db.js', 9)] }), expect: { verdict: 'unverified', messageId: 'sql', at: ['src/db.js:9'] } },
];

describe('runs-on-atlassian', () => {
  for (const c of [...cases, ...notEligible]) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads whether the statement says the app is eligible or not', () => {
    const read = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).filter((r) => r.claim.id === 'runs-on-atlassian').map((r) => r.params);
    assert.deepEqual(read('The app is Runs on Atlassian eligible.'), [{ eligible: true }]);
    assert.deepEqual(read('Relay is not eligible for Runs on Atlassian, because it sends issue data to OpenAI.'), [{ eligible: false }]);
    assert.deepEqual(read('The app does not qualify for the Runs on Atlassian badge.'), [{ eligible: false }]);
    assert.deepEqual(read('The app is not Runs on Atlassian eligible.'), [{ eligible: false }]);
  });

  it('a reason after a negation says what the app does: no "no external backend" from "not eligible because it uses a remote back end"', () => {
    const text = 'Relay is not eligible for Runs on Atlassian because it uses a remote back end.';
    assert.deepEqual(recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id), ['runs-on-atlassian']);
  });
});
