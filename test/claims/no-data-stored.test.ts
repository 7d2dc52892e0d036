import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-data-stored.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, remoteFact, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'a macro that reads a page and keeps nothing',
    facts: makeFacts(),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an account id kept in KVS',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/index.js', 4), storageWrite('kvs', ['account-id', 'other'], 'src/index.js', 9, 'suggestion:{}')] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/index.js:9'] },
  },
  {
    name: 'page content put into an external store',
    facts: makeFacts({ storage: [storageWrite('external-db', ['product-content'], 'src/export.js', 19)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/export.js:19'] },
  },
  {
    name: 'a Forge remote that declares storage',
    facts: makeFacts({ egress: { remotes: [remoteFact('backend', ['storage', 'compute'])] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:19'] },
  },
  {
    name: 'a setting written, no End-User Data in it',
    facts: makeFacts({ storage: [storageWrite('kvs', ['literal'], 'src/settings.js', 7, 'settings')] }),
    expect: { verdict: 'unverified', messageId: 'settings', at: ['src/settings.js:7'] },
  },
];

describe('no-data-stored', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
