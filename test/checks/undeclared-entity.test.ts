import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/undeclared-entity.ts';
import { storageWrite } from '../claims/facts-builder.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const entities = (...names: string[]) => ({ entities: names, settings: {}, evidence: at('manifest.yml', 14) });
const query = { ...storageWrite('custom-entity', [], 'src/store.js', 9, 'visit'), op: 'query' as const };

const cases: Case[] = [
  {
    name: 'every entity the code uses is declared',
    facts: makeFacts({ app: { storage: entities('visit') }, storage: [storageWrite('custom-entity', ['account-id'], 'src/store.js', 4, 'visit'), query] }),
    expect: [],
  },
  {
    name: 'an entity written and queried, not declared: one finding, the other place related',
    facts: makeFacts({ app: { storage: entities('note') }, storage: [storageWrite('custom-entity', ['account-id'], 'src/store.js', 4, 'visit'), query] }),
    expect: [{ messageId: 'undeclaredMany', at: 'src/store.js:4', related: ['src/store.js:9'] }],
  },
  {
    name: 'an entity name built at run time, or not known, and a KVS key are not checked',
    facts: makeFacts({ storage: [storageWrite('custom-entity', [], 'src/store.js', 4, 'visit-{}'), storageWrite('custom-entity', [], 'src/store.js', 5), storageWrite('kvs', [], 'src/store.js', 6, 'visit')] }),
    expect: [],
  },
  {
    name: 'a Connect app has no manifest entities',
    facts: makeFacts({ app: { platform: 'connect' }, storage: [storageWrite('custom-entity', [], 'src/store.js', 4, 'visit')] }),
    expect: [],
  },
];

describe('undeclared-entity', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
