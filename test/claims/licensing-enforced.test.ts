import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/licensing-enforced.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'licensing enabled in the manifest',
    facts: makeFacts({ app: { licensing: { enabled: true, evidence: at('manifest.yml', 47) } } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:47'] },
  },
  {
    name: 'licensing: enabled: false',
    facts: makeFacts({ app: { licensing: { enabled: false, evidence: at('manifest.yml', 47) } } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:47'] },
  },
  {
    name: 'no licensing block: points at the app runtime',
    facts: makeFacts(),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:30'] },
  },
];

describe('licensing-enforced', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
