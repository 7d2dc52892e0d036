import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/only-forge-kv.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'KVS, secrets and custom entities',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22), storageWrite('custom-entity', ['other'], 'src/store.js', 40)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/store.js:22', 'src/store.js:40'] },
  },
  {
    name: 'Forge SQL is not KV',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22), storageWrite('sql', ['other'], 'src/db.js', 9)] }),
    expect: { verdict: 'contradicted', messageId: 'other', at: ['src/db.js:9'] },
  },
  {
    name: 'Forge SQL read before it is written: the write is the evidence shown first',
    facts: makeFacts({ storage: [{ ...storageWrite('sql', ['other'], 'src/db.js', 22), op: 'read' }, storageWrite('sql', ['account-id'], 'src/db.js', 30)] }),
    expect: { verdict: 'contradicted', messageId: 'other', at: ['src/db.js:30', 'src/db.js:22'] },
  },
  {
    name: 'an issue property is not KV',
    facts: makeFacts({ storage: [storageWrite('issue-property', [], 'src/props.js', 5)] }),
    expect: { verdict: 'contradicted', messageId: 'other', at: ['src/props.js:5'] },
  },
];

describe('only-forge-kv', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
