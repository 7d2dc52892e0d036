import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('static methods of the app’s classes (`JiraClient.getIssue(key)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/flows/static-methods'));
  });

  it('follows what they return to their callers and what callers pass to their parameters, for imported and local classes', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      // The whole issue, read with no fields named: its user fields too.
      { at: 'src/audit.ts:8', carries: ['account-id', 'display-name', 'email', 'product-content'] },
      // The error of a failed read (`if (!issue.ok)`): an error body, no product content.
      { at: 'src/index.ts:9', carries: ['other'] },
      { at: 'src/index.ts:11', carries: ['other'] },
      { at: 'src/jira-client.ts:11', carries: ['resolver-payload'] },
    ]);
  });

  it('keeps their REST calls where they are made', () => {
    assert.deepEqual(facts.restCalls.map((c) => ({ method: c.method, path: c.path, at: at(c.evidence) })), [
      { method: 'GET', path: '/rest/api/3/issue/{}', at: 'src/jira-client.ts:5' },
      { method: 'POST', path: '/rest/api/3/issue/{}/comment', at: 'src/jira-client.ts:12' },
    ]);
    assert.deepEqual(facts.diagnostics, []);
  });
});
