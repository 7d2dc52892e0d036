import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/missing-scope.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const call = at('src/index.js', 12, "await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);");

const cases: Case[] = [
  {
    name: 'every needed scope is declared',
    facts: makeFacts({
      scopes: {
        declared: [{ scope: 'read:jira-work', evidence: at('manifest.yml', 20) }],
        needed: [{ scope: 'read:jira-work', reason: 'rest-call', evidence: call }],
      },
    }),
    expect: [],
  },
  {
    name: 'a REST call needs an undeclared scope',
    facts: makeFacts({ scopes: { missing: [{ scope: 'read:jira-work', reason: 'rest-call', evidence: call }] } }),
    expect: [{ messageId: 'missing', at: 'src/index.js:12' }],
  },
  {
    name: 'several places need the same scope: one finding, the others related',
    facts: makeFacts({
      scopes: {
        missing: [
          { scope: 'storage:app', reason: 'storage', evidence: at('src/store.js', 4) },
          { scope: 'storage:app', reason: 'storage', evidence: at('src/store.js', 9) },
          { scope: 'write:jira-work', reason: 'rest-call', evidence: at('src/index.js', 30) },
        ],
      },
    }),
    expect: [
      { messageId: 'missingMany', at: 'src/store.js:4', related: ['src/store.js:9'] },
      { messageId: 'missing', at: 'src/index.js:30' },
    ],
  },
  {
    name: 'a call a granular scope set would satisfy instead',
    facts: makeFacts({ scopes: { missing: [{ scope: 'read:jira-work', alternatives: ['read:issue:jira', 'read:issue-meta:jira'], reason: 'rest-call', evidence: call }] } }),
    expect: [{ messageId: 'missingOr', at: 'src/index.js:12' }],
  },
];

describe('missing-scope', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));

  it('names the scope and what needs it', () => {
    const [report] = check.run({ facts: cases[3]!.facts, profile: null });
    assert.deepEqual(report?.data, { scope: 'read:jira-work', alternatives: '`read:issue:jira` and `read:issue-meta:jira`', what: 'This REST call', count: 1 });
  });
});
