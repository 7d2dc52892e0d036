import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/app-id.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'the UUID of the manifest ARI',
    params: { id: '7072a7c8-b04e-4246-be6a-3bbd56fb5022' },
    facts: makeFacts(),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'another app id',
    params: { id: 'b64e8d8a-a3f6-4692-8c1b-279f0c30b74b' },
    facts: makeFacts(),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:30'] },
  },
  {
    name: 'from the profile: app.id',
    params: {},
    profile: { app: { id: 'ari:cloud:ecosystem::app/7072a7c8-b04e-4246-be6a-3bbd56fb5022' } },
    facts: makeFacts(),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('app-id', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
