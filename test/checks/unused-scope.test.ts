import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/unused-scope.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no unused scope', facts: makeFacts({ scopes: { declared: [{ scope: 'read:jira-work', evidence: at('manifest.yml', 18) }] } }), expect: [] },
  {
    name: 'declared scopes nothing needs',
    facts: makeFacts({
      scopes: {
        unused: [
          { scope: 'write:jira-work', evidence: at('manifest.yml', 19, '- write:jira-work') },
          { scope: 'read:jira-user', evidence: at('manifest.yml', 20, '- read:jira-user') },
        ],
      },
    }),
    expect: [{ messageId: 'unused', at: 'manifest.yml:19' }, { messageId: 'unused', at: 'manifest.yml:20' }],
  },
];

describe('unused-scope', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
