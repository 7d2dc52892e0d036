import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/linked-values', name);

describe('a path part another module\'s function returns from one of its branches', () => {
  it('makes one request per constant, each the operation it is with its scope', async () => {
    const facts = await scan(fixture('helper-choices'));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.scopes?.granular ?? null, at(c.evidence)]), [
      ['POST', '/jira/builds/0.1/cloud/{}/bulk', ['write:build-info:jira'], 'src/index.js:8'],
      ['POST', '/jira/deployments/0.1/cloud/{}/bulk', ['write:deployment-info:jira'], 'src/index.js:8'],
      ['DELETE', '/jira/builds/0.1/cloud/{}/bulkByProperties?pipelineId={}', ['delete:build-info:jira'], 'src/index.js:18'],
      ['DELETE', '/jira/deployments/0.1/cloud/{}/bulkByProperties?pipelineId={}', ['delete:deployment-info:jira'], 'src/index.js:18'],
    ]);
    assert.deepEqual(facts.scopes.missing.map((s) => s.scope), ['delete:deployment-info:jira']);
    assert.deepEqual(facts.scopes.unchecked, []);
  });
});

describe('request options another module\'s exported object makes in a method', () => {
  it('goes where the options say, with their method', async () => {
    const facts = await scan(fixture('exported-object-methods'));
    const calls = facts.egress.calls.filter((c) => c.side === 'backend');
    assert.deepEqual(calls.map((c) => [c.method, c.url, c.host, at(c.evidence)]), [
      ['POST', 'https://api.helpdesk.example.net/v2/tickets', 'api.helpdesk.example.net', 'routes/index.js:6'],
      ['GET', 'https://api.helpdesk.example.net/v2/tickets/{}', 'api.helpdesk.example.net', 'routes/index.js:7'],
      ['GET', 'https://api.helpdesk.example.net/v2/tickets/{}/comments', 'api.helpdesk.example.net', 'routes/index.js:8'],
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});

describe('a class member the constructor sets through a setter method, to what the builder passes or a default', () => {
  it('goes to the default\'s host, or to one not known when the builder gives another', async () => {
    const facts = await scan(fixture('setter-members'));
    const calls = facts.egress.calls.filter((c) => c.side === 'backend');
    assert.deepEqual(calls.map((c) => [c.method, c.url, c.host, at(c.evidence)]), [
      ['GET', 'https://api.statusboard.example.io/v1/incidents', 'api.statusboard.example.io', 'src/status-client.js:14'],
      ['GET', '{}/v1/incidents', null, 'src/status-client.js:14'],
    ]);
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.egress.unresolved.map((c) => c.url), ['{}/v1/incidents']);
  });
});
