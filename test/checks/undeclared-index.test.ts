import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/undeclared-index.ts';
import type { StorageOp } from '../../src/scan/facts.ts';
import { storageWrite } from '../claims/facts-builder.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const storage = (indexes: Record<string, string[]>) => ({ entities: Object.keys(indexes), settings: {}, evidence: at('manifest.yml', 14), indexes });
const query = (entity: string | null, index: string | undefined, line: number): StorageOp => ({
  ...storageWrite('custom-entity', [], 'src/tasks.js', line, entity ?? undefined), op: 'query', ...(index === undefined ? {} : { index }),
});

const cases: Case[] = [
  {
    name: 'every index the queries name is declared, by an attribute or by name',
    facts: makeFacts({ app: { storage: storage({ task: ['owner', 'by-due'] }) }, storage: [query('task', 'owner', 4), query('task', 'by-due', 9)] }),
    expect: [],
  },
  {
    name: 'an index the declaration does not list: one finding per index, the other places related',
    facts: makeFacts({ app: { storage: storage({ task: ['by-due'] }) }, storage: [query('task', 'by-owner', 4), query('task', 'by-due', 6), query('task', 'by-owner', 9)] }),
    expect: [{ messageId: 'undeclaredMany', at: 'src/tasks.js:4', related: ['src/tasks.js:9'] }],
  },
  {
    name: 'an entity whose indexes are not known, one not declared, a query naming no index, and a Connect app are not checked',
    facts: makeFacts({ app: { storage: { ...storage({ task: ['by-due'] }), entities: ['task', 'note'] } }, storage: [query('note', 'by-owner', 4), query('visit', 'by-day', 5), query('task', undefined, 6)] }),
    expect: [],
  },
  {
    name: 'a Connect app has no manifest entities',
    facts: makeFacts({ app: { platform: 'connect', storage: storage({ task: [] }) }, storage: [query('task', 'by-owner', 4)] }),
    expect: [],
  },
];

describe('undeclared-index', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
