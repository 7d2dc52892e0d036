import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-read-scopes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { declared, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no scopes', params: { product: 'confluence' }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'platform scopes do not count',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'report:personal-data']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Jira read scope does not break a claim about Confluence',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a new Confluence read scope',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'read:confluence-content.summary'], 17) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:18'] },
  },
  {
    name: 'a granular read scope, any product',
    params: {},
    facts: makeFacts({ scopes: { declared: declared(['read:page:confluence']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:20'] },
  },
  {
    name: 'a Connect READ scope of a Confluence app',
    params: { product: 'confluence' },
    facts: makeFacts({ app: { platform: 'connect' }, scopes: { declared: declared(['READ']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:20'] },
  },
  {
    name: 'a product the profile misspelt decides nothing',
    params: { product: 'confluense' },
    facts: makeFacts({ scopes: { declared: declared(['read:confluence-content.all']) } }),
    expect: { verdict: 'unverified', messageId: 'badProduct', at: [] },
  },
];

describe('no-read-scopes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
