import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-pats-or-shared-secrets.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no secrets kept', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a token a user typed in, kept as a Forge secret',
    facts: makeFacts({ storage: [storageWrite('kvs-secret', ['resolver-payload'], 'src/settings.js', 18)] }),
    expect: { verdict: 'contradicted', messageId: 'stored', at: ['src/settings.js:18'] },
  },
  {
    name: 'a secret of unknown origin',
    facts: makeFacts({ storage: [storageWrite('kvs-secret', ['other'], 'src/install.js', 7)] }),
    expect: { verdict: 'unverified', messageId: 'secrets', at: ['src/install.js:7'] },
  },
];

describe('no-pats-or-shared-secrets', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
