import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('permission checks of authorize() (@forge/api)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/authorize-checks'));
  });

  it('are product REST calls as the user, at the check', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, c.api, `${c.evidence.file}:${c.evidence.line}`, c.scopes?.operation]), [
      ['POST', '/rest/api/3/permissions/check', 'asUser', 'authorize.onJiraIssue.canEdit', 'src/index.js:6', 'getBulkPermissions'],
      ['POST', '/rest/api/3/permissions/check', 'asUser', 'authorize.onJira', 'src/index.js:9', 'getBulkPermissions'],
      ['POST', '/rest/api/content/{}/permission/check', 'asUser', 'authorize.onConfluenceContent.canUpdate', 'src/index.js:17', 'checkContentPermission'],
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });

  it('use the permission scopes they need: only the scope nothing uses is unused', () => {
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), ['write:jira-work']);
    assert.deepEqual(facts.scopes.missing, []);
  });
});
