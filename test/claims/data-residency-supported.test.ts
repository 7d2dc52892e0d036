import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-residency-supported.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { makeFacts, remoteFact, storageWrite } from './facts-builder.ts';

/** A Forge remote pinned per location: `baseUrl: { default, EU, US }`. */
const pinned = { ...remoteFact('metrics', ['storage'], 34), baseUrl: { default: 'https://metrics-us.example.run', US: 'https://metrics-us.example.run', EU: 'https://metrics-eu.example.run' } };

const cases: Case[] = [
  {
    name: 'Forge KVS only',
    params: { all: true },
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'all data, but some in Supabase',
    params: { all: true },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 53)] }),
    expect: { verdict: 'contradicted', messageId: 'external', at: ['lib/db.js:53'] },
  },
  {
    name: 'a claim about some data (Skyline page text and images) with Supabase elsewhere',
    params: { all: false },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'lib/db.js', 53)] }),
    expect: { verdict: 'unverified', messageId: 'externalSome', at: ['lib/db.js:53'] },
  },
  {
    name: 'Forge SQL: depends on provisioning',
    params: { all: true },
    facts: makeFacts({ storage: [storageWrite('sql', ['other'], 'src/db.js', 9)] }),
    expect: { verdict: 'unverified', messageId: 'notYet', at: ['src/db.js:9'] },
  },
  {
    name: 'pinning for the EU and the US, and the remote has an address for each',
    params: { all: false, realms: ['EU', 'US'] },
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/index.js', 20)], egress: { remotes: [pinned] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'pinning for the EU and the US, and the database the pinned remote\'s own code writes to is the remote\'s',
    params: { all: true, realms: ['EU', 'US'] },
    facts: makeFacts({ storage: [{ ...storageWrite('external-db', ['account-id'], 'remote/src/db.js', 6), remote: 'metrics' }], egress: { remotes: [pinned] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'pinning for the EU and the US, but a database written by code that is no remote\'s',
    params: { all: true, realms: ['EU', 'US'] },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id'], 'worker/db.js', 6)], egress: { remotes: [pinned] } }),
    expect: { verdict: 'contradicted', messageId: 'external', at: ['worker/db.js:6'] },
  },
  {
    name: 'sites pinned to Australia, but the remote has no address for AU: they get its default',
    params: { all: false, realms: ['AU'] },
    facts: makeFacts({ egress: { remotes: [pinned] } }),
    expect: { verdict: 'contradicted', messageId: 'realmMissing', at: ['manifest.yml:34'] },
  },
  {
    name: 'a Connect app whose regionBaseUrls name the EU: pinned there',
    params: { all: false, realms: ['EU'] },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('baseUrl', [], 9), baseUrl: { default: 'https://notes.example.com', EU: 'https://eu.notes.example.com' } }] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Connect app whose regionBaseUrls leave out the US its base URL serves: no US realm, which the descriptor must list too',
    params: { all: false, realms: ['EU', 'US', 'AU'] },
    facts: makeFacts({ egress: { remotes: [{ ...remoteFact('baseUrl', [], 4), baseUrl: { default: 'https://us.notes.example.com', EU: 'https://eu.notes.example.com', AU: 'https://au.notes.example.com' } }] } }),
    expect: { verdict: 'contradicted', messageId: 'realmMissingConnect', at: ['manifest.yml:4'] },
  },
  {
    name: 'no location named: a remote is still data outside Atlassian',
    params: { all: false },
    facts: makeFacts({ egress: { remotes: [pinned] } }),
    expect: { verdict: 'unverified', messageId: 'externalSome', at: ['manifest.yml:34'] },
  },
  {
    name: "an external authentication provider's remote keeps nothing for the app",
    params: { all: true },
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/index.js', 20)], egress: { remotes: [{ ...remoteFact('drive-api', [], 60), provider: 'gdrive' }] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('data-residency-supported', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads the locations a sentence names for pinning; "pinned to" names one', () => {
    const params = (sentence: string) => recogniseClaims(readStatement('s.md', `${sentence}\n`)).find((r) => r.claim.id === 'data-residency-supported')?.params;
    assert.deepEqual(params('We support data residency realm pinning for the EU and US realms.'), { all: false, realms: ['EU', 'US'] });
    assert.deepEqual(params('Sites pinned to Australia are served from our Sydney deployment.'), { all: false, realms: ['AU'] });
    assert.deepEqual(params('Data Residency is supported out of the box by Atlassian Cloud.'), { all: false });
    assert.equal(params('Sites pinned to the top of the list load first.'), undefined);
    // A location the sentence serves from the default address is not one it says is pinned.
    assert.deepEqual(params('Data residency is supported for EU customers; all other regions, including the US, use our default servers in Virginia.'), { all: false, realms: ['EU'] });
  });
});
