import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scan } from '../../src/scan/index.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/constants');
const at = (e: { evidence: { file: string; line: number } }): string => `${e.evidence.file}:${e.evidence.line}`;

describe('constants imported from another module (ES modules)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(FIXTURES, 'esm-app'));
  });

  it('resolves a REST path whose prefix is an imported route, and finds the scope it needs', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c)]), [['POST', '/rest/api/3/issue/{}/comment', 'src/index.ts:17']]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.scopes.missing.map((n) => [n.scope, n.reason, at(n)]), [['write:jira-work', 'rest-call', 'src/index.ts:17']]);
  });

  it('resolves hosts from imported constants, through a constant built from another module, and compares them with the manifest', () => {
    const hosts = facts.egress.calls.map((c) => [c.host, at(c)]);
    assert.deepEqual(hosts, [
      ['events.acme-sync.io', 'src/index.ts:22'],
      ['api.acme-sync.io', 'src/sync.ts:5'],
      [null, 'src/sync.ts:14'],
      [null, 'src/sync.ts:18'],
    ]);
    assert.deepEqual(facts.egress.undeclared.map(at), ['src/index.ts:22']);
  });

  it('leaves an environment variable and a reassigned `let` unresolved', () => {
    assert.deepEqual(facts.egress.unresolved.map((c) => [c.url, at(c)]), [['{}/failures', 'src/sync.ts:14'], ['{}/ping', 'src/sync.ts:18']]);
  });

  it('names storage keys from an imported frozen object and an imported key builder, not through a parameter that shadows them', () => {
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, at(s)]), [
      ['read', 'acme-sync:settings', 'src/index.ts:9'],
      ['write', 'acme-sync:issue:{}', 'src/index.ts:16'],
      ['delete', null, 'src/index.ts:27'],
    ]);
  });
});

describe('constants imported from another module (CommonJS)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(FIXTURES, 'cjs-app'));
  });

  it('resolves REST paths from `exports.x = route`…``, so missing and unused scopes are decided', () => {
    assert.deepEqual(facts.restCalls.map((c) => [c.path, at(c)]), [['/rest/api/3/myself', 'src/index.js:21'], ['/rest/api/3/search/jql', 'src/index.js:24']]);
    assert.deepEqual(facts.scopes.missing.map((n) => [n.scope, at(n)]), [['read:jira-user', 'src/index.js:21']]);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['write:jira-work']);
  });

  it('resolves an axios base URL and path from `module.exports = { … }` read by destructuring and as members', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.host, at(c)]), [
      ['https://api.pagerduty.com/incidents', 'api.pagerduty.com', 'src/index.js:23'],
      ['{}', null, 'src/index.js:27'],
      ['{}', null, 'src/index.js:28'],
    ]);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('leaves an environment variable and an export assigned again at run time unresolved', () => {
    assert.deepEqual(facts.egress.unresolved.map(at), ['src/index.js:27', 'src/index.js:28']);
  });

  it('names the storage key from `require`, and a local constant of the same name wins where it shadows it', () => {
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s)]), [
      ['pd-digest:archive:{}', ['other'], 'src/index.js:17'],
      ['pd-digest:last-run', ['account-id'], 'src/index.js:25'],
    ]);
  });
});
