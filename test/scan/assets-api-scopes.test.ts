import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a call to the Assets REST API, whose operations the OpenAPI documents do not hold', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/assets-api-scopes'), { cache: false });
  });

  it('may need the Assets scopes, which stay unchecked, but no other Jira scope: those are unused', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.scopes]), [['POST', '/jsm/assets/workspace/{}/v1/object/aql', null]]);
    assert.deepEqual(facts.scopes.unchecked.map((s) => s.scope), ['read:cmdb-object:jira', 'write:cmdb-object:jira']);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['read:jira-user']);
  });
});
