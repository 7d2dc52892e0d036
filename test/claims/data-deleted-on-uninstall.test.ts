import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-deleted-on-uninstall.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts, storageWrite } from './facts-builder.ts';

const kvs = [storageWrite('kvs', ['other'], 'src/store.js', 22)];
const supabase = [storageWrite('external-db', ['account-id'], 'lib/db.js', 53)];

const cases: Case[] = [
  { name: 'Forge storage, deleted by Atlassian', params: { immediately: false }, facts: makeFacts({ storage: kvs }), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  { name: '"immediately", but Forge keeps it 28 days', params: { immediately: true }, facts: makeFacts({ storage: kvs }), expect: { verdict: 'unverified', messageId: 'notImmediate', at: [] } },
  { name: 'nothing stored', params: { immediately: true }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'nothingStored', at: [] } },
  { name: 'an external store and no uninstall handler', params: {}, facts: makeFacts({ storage: supabase }), expect: { verdict: 'contradicted', messageId: 'kept', at: ['lib/db.js:53'] } },
  {
    name: 'an external store with an uninstalled lifecycle handler',
    params: {},
    facts: makeFacts({ storage: supabase, uninstall: [{ via: 'uninstalled lifecycle', evidence: at('atlassian-connect.json', 19) }] }),
    expect: { verdict: 'unverified', messageId: 'handler', at: ['lib/db.js:53', 'atlassian-connect.json:19'] },
  },
];

describe('data-deleted-on-uninstall', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
