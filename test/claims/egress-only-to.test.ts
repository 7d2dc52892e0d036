import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/egress-only-to.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { call, egressEntry, makeFacts, remoteCall, remoteFact } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'every call and entry is listed',
    params: { hosts: ['api.acme.io', '*.acme-cdn.net'] },
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.acme.io', 20), egressEntry('*.acme-cdn.net', 21, 'images')], calls: [call('api.acme.io', 'src/a.js', 3)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/a.js:3'] },
  },
  {
    name: 'a call to another host',
    params: { hosts: ['api.acme.io'] },
    facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/a.js', 3), call('api.mixpanel.com', 'src/t.js', 8)] } }),
    expect: { verdict: 'contradicted', messageId: 'call', at: ['src/t.js:8'] },
  },
  {
    name: '"our Forge remote" is the only destination: the remote, its manifest entry and invokeRemote are allowed',
    params: { hosts: [], remotes: true },
    facts: makeFacts({ egress: { remotes: [remoteFact('triage', ['compute'])], declared: [{ ...egressEntry('remote:triage', 30), host: null }], calls: [remoteCall('triage', 'src/ai.js', 15, ['product-content'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: '"our Forge remote" is the only destination, but the code also calls an embeddings API',
    params: { hosts: [], remotes: true },
    facts: makeFacts({ egress: { remotes: [remoteFact('triage', ['compute'])], calls: [remoteCall('triage', 'src/ai.js', 15, ['product-content']), call('api.voyageai.com', 'src/ai.js', 27)] } }),
    expect: { verdict: 'contradicted', messageId: 'call', at: ['src/ai.js:27'] },
  },
  {
    name: 'a wildcard entry wider than the list',
    params: { hosts: ['api.acme.io'] },
    facts: makeFacts({ egress: { declared: [egressEntry('*.acme.io', 20)] } }),
    expect: { verdict: 'contradicted', messageId: 'declared', at: ['manifest.yml:20'] },
  },
  {
    name: 'a bare domain in the list covers its hosts: "googleapis.com" allows www.googleapis.com and *.googleapis.com',
    params: { hosts: ['googleapis.com', 'accounts.google.com'] },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('gapi', []), hosts: ['www.googleapis.com'] }], declared: [egressEntry('*.googleapis.com', 20)], calls: [call('oauth2.googleapis.com', 'src/a.js', 3)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/a.js:3'] },
  },
  {
    name: 'a listed host of three labels covers no other host under its domain',
    params: { hosts: ['accounts.google.com'] },
    facts: makeFacts({ egress: { calls: [call('mail.accounts.google.com', 'src/a.js', 3)] } }),
    expect: { verdict: 'contradicted', messageId: 'call', at: ['src/a.js:3'] },
  },
  {
    name: 'an unresolved host',
    params: { hosts: ['api.acme.io'] },
    facts: makeFacts({ egress: { unresolved: [call(null, 'src/a.js', 9)] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/a.js:9'] },
  },
  {
    name: 'an avatar host of the vendor the statement names',
    params: { hosts: ['api.github.com', 'github.com', '*.githubusercontent.com'] },
    facts: makeFacts({ egress: { declared: [egressEntry('api.github.com', 33), egressEntry('avatars.githubusercontent.com', 36, 'images')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  { name: 'no hosts to check', params: {}, facts: makeFacts(), expect: { verdict: 'unverified', messageId: 'noParams', at: [] } },
  {
    name: 'a Forge fetch to an unresolved URL can reach only the declared (and listed) host',
    params: { hosts: ['hooks.slack.com'] },
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 'src/slack.js', 8)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an unresolved browser fetch is not bounded by the backend entries',
    params: { hosts: ['hooks.slack.com'] },
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 'static/app.js', 8, ['literal'], 'frontend')] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['static/app.js:8'] },
  },
];

describe('egress-only-to', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads "No other external service receives data" by the hosts the sentences before it name', () => {
    const read = (lines: string[]) => recogniseClaims(readStatement('security.md', lines.join('\n'))).filter((r) => r.claim.id === 'egress-only-to').map((r) => [r.source.line, r.params]);
    assert.deepEqual(read(['## Data transfers', '', 'The app calls the GitHub REST API (api.github.com) with your token. No other external service receives data from the app.', '']), [[3, { hosts: ['api.github.com'] }]]);
    // Third parties, not hosts: another claim's.
    assert.deepEqual(read(['We use Sentry for error tracking. No other third parties receive data.', '']), []);
  });

  it('reads "no egress other than X" by what it excepts, and events "sent only to" a host', () => {
    const read = (text: string) => recogniseClaims(readStatement('security.md', `${text}\n`)).filter((r) => r.claim.id === 'egress-only-to').map((r) => r.params);
    assert.deepEqual(read('The app declares no egress other than ServiceNow.'), [{ hosts: ['*.service-now.com', '*.servicenowservices.com'] }]);
    assert.deepEqual(read('It makes no outbound requests except to api.acme.io.'), [{ hosts: ['api.acme.io'] }]);
    assert.deepEqual(read('Analytics events are sent only to eu.i.posthog.com.'), [{ hosts: ['eu.i.posthog.com'] }]);
    // An exception that names no host nor vendor is no list.
    assert.deepEqual(read('The app makes no calls other than those needed to run it.'), []);
  });

  it('allows the hosts of a vendor named beside the hosts it lists, unless the sentence denies', () => {
    const read = (text: string) => recogniseClaims(readStatement('security.md', `${text}\n`)).filter((r) => r.claim.id === 'egress-only-to').map((r) => r.params);
    const [github] = read('The app only communicates with GitHub (api.github.com and github.com).') as Array<{ hosts: string[] }>;
    assert.ok(github!.hosts.includes('api.github.com') && github!.hosts.includes('*.githubusercontent.com'));
    assert.deepEqual(read('The app only connects to api.acme.io, never to GitHub.'), [{ hosts: ['api.acme.io'] }]);
  });
});
