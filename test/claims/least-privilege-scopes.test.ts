import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/least-privilege-scopes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, declared, makeFacts, restCall } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'every scope is used',
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:20'] },
  },
  {
    name: 'an unused scope',
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work', 'write:jira-work']), unused: [{ scope: 'write:jira-work', evidence: at('manifest.yml', 21) }] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:21'] },
  },
  {
    name: 'an unused scope while a REST path is unresolved',
    facts: makeFacts({
      scopes: { declared: declared(['write:jira-work']), unused: [{ scope: 'write:jira-work', evidence: at('manifest.yml', 20) }] },
      unresolvedRestCalls: [restCall('jira', 'POST', null, null, 'src/jira.js', 12)],
    }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/jira.js:12'] },
  },
  {
    // A Compass SDK call has no path, but names the scopes it needs (`compass.getComponent`): no scope may hide behind it.
    name: 'an unused scope while the only call without a path is a Compass SDK call of known scopes',
    facts: makeFacts({
      scopes: { declared: declared(['read:component:compass', 'write:component:compass']), unused: [{ scope: 'write:component:compass', evidence: at('manifest.yml', 21) }] },
      unresolvedRestCalls: [restCall('compass', 'POST', null, 'compass.getComponent', 'src/page.jsx', 10)],
    }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:21'] },
  },
  {
    name: 'a scope neither used nor unused (a call the scan cannot follow may need it)',
    facts: makeFacts({
      scopes: { declared: declared(['READ', 'ADMIN']), unchecked: [{ scope: 'ADMIN', evidence: at('atlassian-connect.json', 12) }] },
    }),
    expect: { verdict: 'unverified', messageId: 'unchecked', at: ['atlassian-connect.json:12'] },
  },
];

describe('least-privilege-scopes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
