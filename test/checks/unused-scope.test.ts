import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/unused-scope.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const dynamicCall = {
  product: 'jira' as const, method: 'GET' as const, path: null, auth: 'asUser' as const, api: 'requestJira', scopes: null,
  evidence: at('src/index.js', 40, 'await api.asUser().requestJira(route(path));'),
};

const cases: Case[] = [
  { name: 'no unused scope', facts: makeFacts({ scopes: { declared: [{ scope: 'read:jira-work', evidence: at('manifest.yml', 18) }] } }), expect: [] },
  {
    name: 'a declared scope nothing needs',
    facts: makeFacts({ scopes: { unused: [{ scope: 'write:jira-work', evidence: at('manifest.yml', 19, '- write:jira-work') }] } }),
    expect: [{ messageId: 'unused', at: 'manifest.yml:19' }],
  },
  {
    name: 'with REST calls of unresolved path, the message points at them',
    facts: makeFacts({
      scopes: { unused: [{ scope: 'write:jira-work', evidence: at('manifest.yml', 19) }] },
      unresolvedRestCalls: [dynamicCall],
    }),
    expect: [{ messageId: 'unusedUnresolved', at: 'manifest.yml:19', related: ['src/index.js:40'] }],
  },
  {
    name: 'storage:app is never needed by a REST call, resolved or not',
    facts: makeFacts({ scopes: { unused: [{ scope: 'storage:app', evidence: at('manifest.yml', 21) }] }, unresolvedRestCalls: [dynamicCall] }),
    expect: [{ messageId: 'unused', at: 'manifest.yml:21' }],
  },
];

describe('unused-scope', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
