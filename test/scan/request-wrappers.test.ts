import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('requests made by helpers with the path or URL passed in (`jira(path)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/request-wrappers'));
  });

  it('gives one REST call per caller, at the caller, through wrappers of wrappers, with the caller’s method and imported constants, and once for a helper that pages by calling itself', () => {
    const calls = facts.restCalls.map((c) => ({ method: c.method, path: c.path, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'POST', path: '/rest/api/3/issue/{}/comment', at: 'src/index.js:6', via: 'src/utils/jira.js:4' },
      { method: 'GET', path: '/rest/api/3/myself', at: 'src/index.js:15', via: 'src/utils/jira.js:4' },
      { method: 'GET', path: '/rest/api/3/issue/{}?fields=summary', at: 'src/utils/jira.js:12', via: 'src/utils/jira.js:4' },
      { method: 'GET', path: '/rest/api/3/project/search', at: 'src/index.js:7', via: 'src/utils/jira.js:9' },
      { method: 'PUT', path: '/rest/api/3/issue/{}', at: 'src/index.js:8', via: 'src/utils/jira.js:9' },
      { method: 'GET', path: '/rest/api/3/project/search?startAt={}', at: 'src/index.js:14', via: 'src/utils/jira.js:32' },
    ]);
    assert.deepEqual(facts.restCalls.map((c) => c.scopes?.operation), ['addComment', 'getCurrentUser', 'getIssue', 'searchProjects', 'editIssue', 'searchProjects']);
    // The path of `jira(ENDPOINTS.myself)` comes from a constants module: its scope is found missing.
    assert.deepEqual(facts.scopes.missing.map((m) => m.scope), ['read:jira-user']);
  });

  it('keeps a request unresolved when a caller passes an unknown path, nobody calls the helper, or the helper changes the path', () => {
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => at(c.evidence)), ['src/utils/jira.js:4', 'src/utils/jira.js:23', 'src/utils/jira.js:28']);
    assert.ok(facts.unresolvedRestCalls.every((c) => c.via === undefined));
  });

  it('resolves the host of a fetch helper from its callers, and the path and method of a helper with a known host', () => {
    const calls = facts.egress.calls.map((c) => ({ method: c.method, url: c.url, host: c.host, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'POST', url: 'https://api.example.com/v1/things', host: 'api.example.com', at: 'src/index.js:10', via: 'src/utils/jira.js:15' },
      { method: 'GET', url: 'https://api.example.com/v1/status', host: 'api.example.com', at: 'src/index.js:11', via: 'src/utils/jira.js:15' },
      { method: 'POST', url: 'https://hooks.slack.com/services/T000/B000/XXXX', host: 'hooks.slack.com', at: 'src/index.js:12', via: 'src/utils/jira.js:19' },
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.egress.unused, []);
  });
});

describe('storage through helpers with the key or SQL passed in (`save(key, value)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/storage-helpers'));
  });

  it('gives each caller’s key or statement, at the caller, with what the caller stores', () => {
    const ops = facts.storage.map((s) => ({ backend: s.backend, op: s.op, key: s.key, carries: s.carries, at: at(s.evidence), via: at(s.via) }));
    assert.deepEqual(ops, [
      { backend: 'kvs', op: 'write', key: 'last-issue:{}', carries: ['account-id'], at: 'src/index.js:6', via: 'src/db.js:5' },
      { backend: 'kvs', op: 'write', key: null, carries: ['account-id'], at: 'src/db.js:5', via: null },
      { backend: 'kvs', op: 'read', key: 'last-issue:{}', carries: [], at: 'src/index.js:5', via: 'src/db.js:8' },
      { backend: 'sql', op: 'query', key: null, carries: [], at: 'src/db.js:11', via: null },
      { backend: 'sql', op: 'write', key: 'audit', carries: ['product-content'], at: 'src/index.js:7', via: 'src/db.js:16' },
      { backend: 'sql', op: 'read', key: 'audit', carries: [], at: 'src/index.js:8', via: 'src/db.js:16' },
    ]);
  });
});

describe('helpers that spread their callers’ options into the request (`{ ...options, headers }`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/request-options-spread'));
  });

  it('takes the method from each caller’s options, GET when a caller gives none', () => {
    assert.deepEqual(facts.restCalls.filter((c) => c.evidence.file === 'src/index.js').map((c) => ({ method: c.method, path: c.path, operation: c.scopes?.operation, at: at(c.evidence) })), [
      { method: 'POST', path: '/rest/api/3/issue/ACME-1/comment', operation: 'addComment', at: 'src/index.js:10' },
    ]);
    assert.deepEqual(facts.egress.calls.filter((c) => c.evidence.file === 'src/index.js').map((c) => ({ method: c.method, url: c.url, at: at(c.evidence), via: at(c.via) })), [
      { method: 'POST', url: 'https://git.example.com/api/v1/repos/acme/app/hooks', at: 'src/index.js:7', via: 'src/clients.js:5' },
      { method: 'DELETE', url: 'https://git.example.com/api/v1/repos/acme/app/hooks/7', at: 'src/index.js:8', via: 'src/clients.js:5' },
      { method: 'GET', url: 'https://git.example.com/api/v1/repos/acme/app', at: 'src/index.js:9', via: 'src/clients.js:5' },
    ]);
  });

  it('takes it through helpers of the helpers that hand the options on, whole or spread again (`repo(path, init)` calling `git(…, { ...init })`)', () => {
    assert.deepEqual(facts.restCalls.filter((c) => c.evidence.file === 'src/helpers.js').map((c) => ({ method: c.method, path: c.path, operation: c.scopes?.operation, at: at(c.evidence) })), [
      { method: 'POST', path: '/rest/api/3/issue/{}/transitions', operation: 'doTransition', at: 'src/helpers.js:13' },
    ]);
    assert.deepEqual(facts.egress.calls.filter((c) => c.evidence.file === 'src/helpers.js').map((c) => ({ method: c.method, url: c.url, at: at(c.evidence), via: at(c.via) })), [
      { method: 'POST', url: 'https://git.example.com/api/v1/repos/acme/app/labels', at: 'src/helpers.js:6', via: 'src/clients.js:5' },
      { method: 'GET', url: 'https://git.example.com/api/v1/repos/acme/app/labels', at: 'src/helpers.js:6', via: 'src/clients.js:5' },
    ]);
    assert.deepEqual(facts.scopes.missing.map((m) => [m.scope, at(m.evidence)]), [['write:jira-work', 'src/helpers.js:13'], ['write:jira-work', 'src/index.js:10']]);
  });
});
