import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/unresolved-egress.ts';
import type { EgressCall } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { egressEntry } from '../claims/facts-builder.ts';
import { at, makeFacts } from './facts-builder.ts';

const call = (url: string | null, line: number): EgressCall =>
  ({ client: 'fetch', method: 'PUT', url, host: null, side: 'backend', carries: ['other'], evidence: at('src/sync.js', line) });

const cases: Case[] = [
  { name: 'every host resolved', facts: makeFacts(), expect: [] },
  { name: 'a URL from an environment variable', facts: makeFacts({ egress: { unresolved: [call('{}/sync', 4)] } }), expect: [{ messageId: 'unresolvedUrl', at: 'src/sync.js:4' }] },
  { name: 'a URL passed in', facts: makeFacts({ egress: { unresolved: [call(null, 9)] } }), expect: [{ messageId: 'unresolved', at: 'src/sync.js:9' }] },
  {
    name: 'a Forge fetch of a stored URL, which the manifest lets reach one host',
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 9)] } }),
    expect: [{ messageId: 'bounded', at: 'src/sync.js:9' }],
  },
  {
    name: "one helper's fetch, resolved for each method its callers use: one note",
    facts: makeFacts({ egress: { unresolved: [call('{}/tickets', 15), { ...call('{}/tickets', 15), method: 'POST' }, call('{}/comments', 15)] } }),
    expect: [{ messageId: 'unresolvedUrl', at: 'src/sync.js:15' }, { messageId: 'unresolvedUrl', at: 'src/sync.js:15' }],
  },
];

describe('unresolved-egress', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
