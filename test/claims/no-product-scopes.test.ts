import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-product-scopes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { declared, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'only platform scopes',
    params: {},
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'report:personal-data', 'read:app-system-token']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a product scope',
    params: {},
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'read:jira-user']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:21'] },
  },
  {
    name: 'a claim about Confluence ignores Jira scopes',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-user']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('no-product-scopes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
