import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-residency-supported.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, storageWrite } from './facts-builder.ts';

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
];

describe('data-residency-supported', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
