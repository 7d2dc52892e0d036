import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('services written as classes (`new JiraService()`, constructor injection, `this.request(path)`, exported instances) and objects of functions', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/class-services'));
  });

  it('fills in a method’s request from the methods that call it, and finds a client a getter returns', () => {
    const calls = facts.restCalls.map((c) => ({ method: c.method, path: c.path, auth: c.auth, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'GET', path: '/rest/api/3/issue/{}', auth: 'asApp', at: 'src/services/jira.service.ts:9', via: null },
      { method: 'GET', path: '/rest/api/3/project/search', auth: 'asUser', at: 'src/services/jira.service.ts:18', via: null },
      { method: 'GET', path: '/rest/api/3/myself', auth: 'asApp', at: 'src/services/jira.service.ts:14', via: 'src/services/jira.service.ts:23' },
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('gives a fetch helper method’s host and method per calling method', () => {
    const calls = facts.egress.calls.map((c) => ({ method: c.method, url: c.url, host: c.host, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'GET', url: 'https://api.github.com/user/repos', host: 'api.github.com', at: 'src/services/github.service.ts:7', via: 'src/services/github.service.ts:16' },
      { method: 'PUT', url: 'https://api.github.com/repos/{}/{}/pulls/{}/merge', host: 'api.github.com', at: 'src/services/github.service.ts:11', via: 'src/services/github.service.ts:16' },
      { method: 'POST', url: 'https://slack.com/api/chat.postMessage', host: 'slack.com', at: 'src/services/slack.ts:9', via: 'src/services/slack.ts:5' },
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
  });

  it('names the functions of an exported object as its methods: what a caller hands `slack.notify()` reaches the request `this.post()` makes', () => {
    assert.deepEqual(facts.egress.calls.find((c) => c.host === 'slack.com')?.carries, ['resolver-payload']);
  });

  it('follows what methods return and are given: an issue from an injected service or an exported instance, a payload handed to a static method', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      // The whole issue, read with no fields named: all of them, the assignee, reporter and creator among them.
      { at: 'src/index.ts:23', carries: ['account-id', 'display-name', 'email', 'product-content'] },
      { at: 'src/services/main.service.ts:9', carries: ['account-id', 'display-name', 'email', 'product-content'] },
      { at: 'src/services/main.service.ts:20', carries: ['resolver-payload'] },
    ]);
  });
});
