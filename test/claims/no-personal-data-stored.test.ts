import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-personal-data-stored.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'nothing personal stored', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'account ids and names kept in KVS',
    facts: makeFacts({
      personalData: {
        uses: [
          { kind: 'account-id', action: 'stored', target: 'kvs', evidence: at('src/store.js', 59) },
          { kind: 'display-name', action: 'stored', target: 'kvs', evidence: at('src/store.js', 59) },
          { kind: 'account-id', action: 'read', target: '/rest/api/3/user', evidence: at('src/jira.js', 38) },
        ],
      },
    }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/store.js:59'] },
  },
];

describe('no-personal-data-stored', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
