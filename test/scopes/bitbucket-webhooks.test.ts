import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeclaredScope, Evidence, HttpMethod, RestCall, ScopeFacts, TriggerFact } from '../../src/scan/facts.ts';
import { computeScopes, type ScopeInput } from '../../src/scan/scopes/needs.ts';
import { lookupOperation } from '../../src/scan/scopes/table.ts';

const at = (file: string, line: number): Evidence => ({ file, line, column: 1, excerpt: '' });
const declare = (...scopes: string[]): DeclaredScope[] => scopes.map((scope, i) => ({ scope, evidence: at('atlassian-connect.json', 20 + i) }));
const webhook = (event: string, line = 10): TriggerFact => ({
  kind: 'connect-webhook', key: event, function: null, events: [event], interval: null, response: null, evidence: at('atlassian-connect.json', line),
});
const bitbucketCall = (method: HttpMethod, path: string): RestCall => ({
  product: 'bitbucket', method, path, auth: 'connect', api: 'httpClient.get', scopes: lookupOperation('bitbucket', method, path), evidence: at('routes/index.js', 5),
});
const scopes = (input: Partial<ScopeInput>): ScopeFacts =>
  computeScopes({ platform: 'connect', declared: [], restCalls: [], storage: [], triggers: [], reportingCalls: [], modules: [], ...input });
const names = (list: Array<{ scope: string }>): string[] => list.map((n) => n.scope);

test('a Bitbucket Connect webhook needs the scope of the object its event is about', () => {
  const facts = scopes({ declared: declare('account', 'repository'), triggers: [webhook('pullrequest:created'), webhook('repo:push', 11)], restCalls: [bitbucketCall('GET', '/2.0/user')] });
  assert.deepEqual(facts.missing.map((n) => [n.scope, n.reason, n.evidence.line]), [['pullrequest', 'trigger', 10]]);
  assert.deepEqual(names(facts.unused), []);
  assert.ok(!names(facts.needed).includes('READ'));
});

test('a broader declared scope grants a webhook\'s scope', () => {
  const facts = scopes({ declared: declare('account', 'pullrequest:write'), triggers: [webhook('pullrequest:fulfilled')], restCalls: [bitbucketCall('GET', '/2.0/user')] });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), []);
});

test('the catch-all webhook receives the events of every declared scope: none of those is unused, none is missing', () => {
  const facts = scopes({ declared: declare('account', 'repository', 'issue', 'snippet'), triggers: [webhook('*')], restCalls: [bitbucketCall('GET', '/2.0/user')] });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), ['snippet']);
});

test('a webhook alone tells its scope when no call is seen', () => {
  const facts = scopes({ declared: declare('account', 'pullrequest'), triggers: [webhook('pullrequest:comment_created')] });
  assert.deepEqual(names(facts.needed), ['pullrequest']);
  assert.deepEqual(names(facts.unchecked), ['account']);
});
