import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  DeclaredScope, Evidence, HttpMethod, ModuleFact, Platform, Product, RemoteFact, RestCall, ScopeFacts, StorageBackend, StorageOp, TriggerFact,
} from '../../src/scan/facts.ts';
import { computeScopes, type ScopeInput } from '../../src/scan/scopes/needs.ts';
import { lookupOperation } from '../../src/scan/scopes/table.ts';

const at = (file: string, line: number): Evidence => ({ file, line, column: 1, excerpt: '' });
const declare = (...scopes: string[]): DeclaredScope[] => scopes.map((scope, i) => ({ scope, evidence: at('manifest.yml', 10 + i) }));

/** A REST call as the scanner records it: scopes from the table. */
function call(product: Product, method: HttpMethod, path: string | null, auth: RestCall['auth'] = 'asApp', line = 1): RestCall {
  return { product, method, path, auth, api: 'requestJira', scopes: path ? lookupOperation(product, method, path) : null, evidence: at('src/index.js', line) };
}
const storage = (backend: StorageBackend, line = 30): StorageOp => ({ backend, op: 'write', key: 'k', api: 'kvs.set', carries: [], evidence: at('src/store.js', line) });
const trigger = (events: string[], kind: TriggerFact['kind'] = 'product-event'): TriggerFact => ({
  kind, key: 'on-event', function: 'handler', events, interval: null, response: null, evidence: at('manifest.yml', 40),
});
const module = (type: string): ModuleFact => ({ type, key: `${type}-key`, evidence: at('manifest.yml', 50) });

function scopes(platform: Platform | null, input: Partial<ScopeInput>): ScopeFacts {
  return computeScopes({ platform, declared: [], restCalls: [], storage: [], triggers: [], reportingCalls: [], modules: [], ...input });
}
const names = (list: Array<{ scope: string }>): string[] => list.map((n) => n.scope);

test('clean Forge app: nothing missing, nothing unused', () => {
  const facts = scopes('forge', {
    declared: declare('read:jira-work', 'write:jira-work', 'storage:app', 'report:personal-data'),
    restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}'), call('jira', 'POST', '/rest/api/3/issue/{}/comment', 'asUser', 2)],
    storage: [storage('kvs')],
    triggers: [trigger(['avi:jira:created:issue'])],
    reportingCalls: [at('src/privacy.js', 5)],
  });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), []);
  assert.deepEqual(names(facts.needed), ['read:jira-work', 'write:jira-work', 'storage:app', 'report:personal-data', 'read:jira-work']);
});

test('missing scope, reported with its granular alternative', () => {
  const facts = scopes('forge', { declared: declare('read:jira-work'), restCalls: [call('jira', 'PUT', '/rest/api/3/issue/{}', 'asApp', 7)] });
  assert.equal(facts.missing.length, 1);
  const need = facts.missing[0]!;
  assert.equal(need.scope, 'write:jira-work');
  assert.equal(need.reason, 'rest-call');
  assert.deepEqual(need.alternatives, ['write:issue:jira']);
  assert.equal(need.evidence.line, 7);
  assert.deepEqual(names(facts.unused), ['read:jira-work']);
});

test('unused scope', () => {
  const facts = scopes('forge', {
    declared: declare('read:jira-work', 'manage:jira-configuration'),
    restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}')],
  });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), ['manage:jira-configuration']);
  assert.equal(facts.unused[0]!.evidence.line, 11);
});

test('classic or granular: either whole set satisfies', () => {
  const granular = scopes('forge', {
    declared: declare('read:page:confluence', 'read:space:confluence'),
    restCalls: [call('confluence', 'GET', '/wiki/api/v2/pages/{}'), call('confluence', 'GET', '/wiki/api/v2/spaces', 'asUser', 2)],
  });
  assert.deepEqual(names(granular.missing), []);
  assert.deepEqual(names(granular.unused), []);

  const myself = ['read:application-role:jira', 'read:group:jira', 'read:user:jira', 'read:avatar:jira'];
  const allGranular = scopes('forge', { declared: declare(...myself), restCalls: [call('jira', 'GET', '/rest/api/3/myself')] });
  assert.deepEqual(names(allGranular.missing), []);
  assert.deepEqual(names(allGranular.needed), myself);
  assert.deepEqual(allGranular.needed[0]!.alternatives, ['read:jira-user']);
});

test('a classic scope declared for a call leaves the granular scopes only its other set names unused; an event keeps its beta scopes', () => {
  const call_ = scopes('forge', {
    declared: declare('read:jira-user', 'read:group:jira', 'read:avatar:jira'),
    restCalls: [call('jira', 'GET', '/rest/api/3/myself')],
  });
  assert.deepEqual(names(call_.missing), []);
  assert.deepEqual(names(call_.unused), ['read:group:jira', 'read:avatar:jira']);

  const event = scopes('forge', { declared: declare('read:jira-work', 'read:issue:jira', 'read:project:jira'), triggers: [trigger(['avi:jira:created:issue'])] });
  assert.deepEqual(names(event.unused), []);
});

test('granular app missing one granular scope is told that scope, classic as the alternative', () => {
  const facts = scopes('forge', {
    declared: declare('read:application-role:jira', 'read:group:jira', 'read:avatar:jira'),
    restCalls: [call('jira', 'GET', '/rest/api/3/myself')],
  });
  assert.deepEqual(names(facts.missing), ['read:user:jira']);
  assert.deepEqual(facts.missing[0]!.alternatives, ['read:jira-user']);
});

test('storage:app for KVS, secrets and custom entities; not for SQL', () => {
  const facts = scopes('forge', { storage: [storage('kvs', 1), storage('kvs-secret', 2), storage('custom-entity', 3), storage('sql', 4)] });
  assert.deepEqual(names(facts.missing), ['storage:app', 'storage:app', 'storage:app']);
  assert.deepEqual(facts.missing.map((n) => n.reason), ['storage', 'storage', 'storage']);
  assert.deepEqual(facts.missing.map((n) => n.evidence.line), [1, 2, 3]);

  const sqlOnly = scopes('forge', { declared: declare('storage:app'), storage: [storage('sql')] });
  assert.deepEqual(names(sqlOnly.unused), ['storage:app']);

  const objectStore = scopes('forge', { declared: declare('storage:app'), storage: [storage('object-store')] });
  assert.deepEqual(names(objectStore.missing), []);
  assert.deepEqual(names(objectStore.unused), []);
});

test('product event trigger needs its scope', () => {
  const missing = scopes('forge', { triggers: [trigger(['avi:jira:updated:issue'])] });
  assert.deepEqual(names(missing.missing), ['read:jira-work']);
  assert.equal(missing.missing[0]!.reason, 'trigger');
  assert.ok(missing.missing[0]!.alternatives?.includes('read:issue:jira'));

  const bitbucket = scopes('forge', { declared: declare('read:pullrequest:bitbucket'), triggers: [trigger(['avi:bitbucket:created:pullrequest'])] });
  assert.deepEqual(names(bitbucket.missing), []);
  assert.deepEqual(names(bitbucket.unused), []);

  const lifecycle = scopes('forge', { triggers: [trigger(['avi:forge:installed:app'])] });
  assert.deepEqual(names(lifecycle.needed), []);
});

test('report:personal-data when reporting calls exist, unused when none do', () => {
  const reporting = scopes('forge', { reportingCalls: [at('src/privacy.js', 9)] });
  assert.deepEqual(names(reporting.missing), ['report:personal-data']);
  assert.equal(reporting.missing[0]!.reason, 'personal-data-reporting');
  const none = scopes('forge', { declared: declare('report:personal-data') });
  assert.deepEqual(names(none.unused), ['report:personal-data']);
});

test('modules: merge checks need read:pullrequest:bitbucket; Rovo actions may use read:chat:rovo', () => {
  const facts = scopes('forge', { declared: declare('read:chat:rovo'), modules: [module('bitbucket:mergeCheck'), module('action')] });
  assert.deepEqual(names(facts.missing), ['read:pullrequest:bitbucket']);
  assert.equal(facts.missing[0]!.reason, 'module');
  assert.deepEqual(names(facts.unused), []);
  assert.deepEqual(names(scopes('forge', { declared: declare('read:chat:rovo') }).unused), ['read:chat:rovo']);
});

test('an unresolved call keeps its product scopes from being reported unused', () => {
  const declared = declare('read:jira-work', 'write:jira-work', 'read:page:confluence');
  const resolved = [call('jira', 'GET', '/rest/api/3/issue/{}')];
  assert.deepEqual(names(scopes('forge', { declared, restCalls: resolved }).unused), ['write:jira-work', 'read:page:confluence']);
  const withDynamic = scopes('forge', { declared, restCalls: [...resolved, call('jira', 'POST', null, 'asUser', 3)] });
  assert.deepEqual(names(withDynamic.unused), ['read:page:confluence']);
  // Neither used nor unused: unchecked. A used scope stays used.
  assert.deepEqual(names(withDynamic.unchecked), ['write:jira-work']);
  const withUnknownOperation = scopes('forge', { declared, restCalls: [...resolved, call('jira', 'GET', '/rest/api/3/not-an-endpoint')] });
  assert.deepEqual(names(withUnknownOperation.unused), ['read:page:confluence']);
  const withGraphql = scopes('forge', { declared: [...declared, ...declare('storage:app')], restCalls: [...resolved, call('graph', 'POST', null)] });
  assert.deepEqual(names(withGraphql.unused), ['storage:app']);
});

test('Assets (cmdb) scopes are Jira scopes: a Jira operation the documents do not have may use them', () => {
  const assets = call('jira', 'PUT', '/jsm/assets/workspace/{}/v1/importsource/{}/mapping', 'asUser');
  assert.equal(assets.scopes, null);
  const facts = scopes('forge', { declared: declare('import:import-configuration:cmdb', 'read:cmdb-object:jira', 'storage:app'), restCalls: [assets] });
  assert.deepEqual(names(facts.unchecked), ['import:import-configuration:cmdb', 'read:cmdb-object:jira']);
  assert.deepEqual(names(facts.unused), ['storage:app']);
  assert.deepEqual(names(scopes('forge', { declared: declare('import:import-configuration:cmdb') }).unused), ['import:import-configuration:cmdb']);
});

test('Forge remote endpoints may use any product scope', () => {
  const facts = scopes('forge', { declared: declare('read:jira-work', 'read:app-system-token'), modules: [module('endpoint')] });
  assert.deepEqual(names(facts.unused), []);
});

test("the back end of an endpoint, a remote or a Forge Containers service, may use Forge storage: storage:app is not unused", () => {
  const endpoint = scopes('forge', { declared: declare('storage:app', 'report:personal-data'), modules: [module('endpoint')] });
  assert.deepEqual(names(endpoint.unused), ['report:personal-data']);
  const remote: RemoteFact = { key: 'backend', baseUrl: 'https://backend.example.com', hosts: ['backend.example.com'], operations: [], tokens: ['appSystemToken'], evidence: at('manifest.yml', 60) };
  const withToken = scopes('forge', { declared: declare('storage:app', 'read:app-system-token'), remotes: [remote] });
  assert.deepEqual(names(withToken.unused), []);
  assert.deepEqual(names(scopes('forge', { declared: declare('storage:app') }).unused), ['storage:app']);
});

test('Connect hierarchy: a broader scope satisfies, redundant scopes are not unused, excess ones are', () => {
  const satisfied = scopes('connect', {
    declared: declare('read', 'ADMIN'),
    restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}', 'connect'), call('jira', 'DELETE', '/rest/api/3/issue/{}', 'connect', 2)],
  });
  assert.deepEqual(names(satisfied.needed), ['READ', 'DELETE']);
  assert.deepEqual(names(satisfied.missing), []);
  assert.deepEqual(names(satisfied.unused), []);

  const excess = scopes('connect', { declared: declare('read', 'write', 'admin'), restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}', 'connect')] });
  assert.deepEqual(names(excess.unused), ['write', 'admin']);

  const redundant = scopes('connect', { declared: declare('READ', 'WRITE'), restCalls: [call('jira', 'PUT', '/rest/api/3/issue/{}', 'connect')] });
  assert.deepEqual(names(redundant.unused), []);

  const missing = scopes('connect', { declared: declare('READ'), restCalls: [call('jira', 'DELETE', '/rest/api/3/issue/{}', 'connect')] });
  assert.deepEqual(names(missing.missing), ['DELETE']);

  const confluence = scopes('connect', { declared: declare('SPACE_ADMIN'), restCalls: [call('confluence', 'PUT', '/wiki/api/v2/pages/{}', 'connect')] });
  assert.deepEqual(names(confluence.missing), []);
});

test('Connect ACT_AS_USER is needed by calls made as a user, and only then', () => {
  const asUser = scopes('connect', { declared: declare('READ'), restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}', 'asUser')] });
  assert.deepEqual(names(asUser.missing), ['ACT_AS_USER']);
  const asApp = scopes('connect', { declared: declare('READ', 'ACT_AS_USER'), restCalls: [call('jira', 'GET', '/rest/api/3/issue/{}', 'connect')] });
  assert.deepEqual(names(asApp.unused), ['ACT_AS_USER']);
});

test('Connect webhooks need READ; a descriptor with no visible REST call reports nothing unused', () => {
  const facts = scopes('connect', { declared: declare('read', 'write'), triggers: [trigger(['jira:issue_created'], 'connect-webhook')] });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), []);
  assert.deepEqual(names(scopes('connect', { triggers: [trigger(['jira:issue_created'], 'connect-webhook')] }).missing), ['READ']);
});

test('Connect on Forge: Connect calls need manifest-form Connect scopes', () => {
  const facts = scopes('connect-on-forge', {
    declared: declare('read:connect-jira', 'read:jira-work'),
    restCalls: [call('jira', 'DELETE', '/rest/api/3/issue/{}', 'connect'), call('jira', 'GET', '/rest/api/3/issue/{}', 'asApp', 2)],
  });
  assert.deepEqual(names(facts.missing), ['delete:connect-jira']);
  assert.deepEqual(names(facts.unused), []);
});

test('Connect on Forge: calls through ACE’s product client made as a user need Connect scopes, act-as-user among them', () => {
  const ace = (method: HttpMethod, path: string, line: number): RestCall => ({ ...call('jira', method, path, 'asUser', line), api: `httpClient.${method.toLowerCase()}` });
  const facts = scopes('connect-on-forge', {
    declared: declare('read:connect-jira', 'write:connect-jira', 'act-as-user:connect-jira'),
    restCalls: [ace('GET', '/rest/api/3/issue/{}', 1), ace('PUT', '/rest/api/3/user/properties/{}?accountId={}', 2)],
  });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), []);
  assert.deepEqual(names(facts.needed), ['act-as-user:connect-jira', 'read:connect-jira', 'act-as-user:connect-jira', 'write:connect-jira']);
});

test('a Connect descriptor with no visible REST call reports ACT_AS_USER unused no more than the other scopes', () => {
  assert.deepEqual(names(scopes('connect', { declared: declare('READ', 'WRITE', 'ACT_AS_USER') }).unused), []);
});

test('Bitbucket Connect: classic scopes imply narrower ones', () => {
  const facts = scopes('connect', { declared: declare('pullrequest:write'), restCalls: [call('bitbucket', 'GET', '/2.0/repositories/{}/{}', 'connect')] });
  assert.deepEqual(names(facts.missing), []);
  assert.deepEqual(names(facts.unused), []);
});

test('an operation whose scope is optional needs nothing, and the optional scope is not unused', () => {
  const facts = scopes('forge', { declared: declare('write:app-data:jira'), restCalls: [call('jira', 'PUT', '/rest/api/3/app/field/{}/value')] });
  assert.deepEqual(names(facts.needed), []);
  assert.deepEqual(names(facts.unused), []);
});

test('the Properties API of @forge/api needs the scopes of the property endpoints it calls', () => {
  const property = (backend: StorageBackend, api: string, op: StorageOp['op'], line: number): StorageOp => ({ backend, op, key: 'k', api, carries: [], evidence: at('src/settings.js', line) });
  const facts = scopes('forge', {
    declared: declare('read:jira-work', 'manage:jira-project', 'write:jira-work'),
    storage: [
      property('entity-property', 'properties.onJiraProject.set', 'write', 16),
      property('issue-property', 'properties.onJiraIssue.get', 'read', 20),
    ],
  });
  assert.deepEqual(names(facts.unused), ['write:jira-work']);
  assert.deepEqual(facts.needed.map((n) => [n.scope, n.reason, n.evidence.line]), [['manage:jira-project', 'storage', 16], ['read:jira-work', 'storage', 20]]);
  assert.deepEqual(names(scopes('forge', { declared: declare('read:jira-work'), storage: [property('entity-property', 'properties.onJiraProject.set', 'write', 16)] }).missing), ['manage:jira-project']);
});

test('Confluence properties through the Properties API: Confluence scopes are not reported unused', () => {
  const facts = scopes('forge', {
    declared: declare('read:confluence-content.all', 'write:confluence-content'),
    storage: [{ backend: 'content-property', op: 'write', key: 'k', api: 'properties.onConfluencePage.set', carries: [], evidence: at('src/page.js', 4) }],
  });
  assert.deepEqual(names(facts.unused), []);
  assert.deepEqual(names(facts.missing), []);
});

test('Connect on Forge with no Connect call in the folder: the Connect scopes are its remote’s to use, not unused', () => {
  const facts = scopes('connect-on-forge', {
    declared: declare('read:connect-confluence', 'write:connect-confluence', 'act-as-user:connect-confluence', 'read:confluence-content.summary'),
    restCalls: [call('confluence', 'GET', '/wiki/api/v2/pages/{}', 'asApp')],
  });
  assert.deepEqual(names(facts.unused), ['read:confluence-content.summary']);
  assert.deepEqual(names(facts.unchecked), ['write:connect-confluence', 'act-as-user:connect-confluence']);
});

test('a Confluence v1 call expanding a body may use read:confluence-content.all, which is then not unused', () => {
  const declared = declare('search:confluence', 'read:confluence-content.all');
  const search = (query: string): ScopeFacts => scopes('forge', { declared, restCalls: [call('confluence', 'GET', `/wiki/rest/api/content/search?cql={}&${query}`)] });
  assert.deepEqual(names(search('expand=body.storage,version').unused), []);
  assert.deepEqual(names(search('expand={}').unused), []);
  assert.deepEqual(names(search('expand=version').unused), ['read:confluence-content.all']);
  assert.deepEqual(names(search('limit=25').unused), ['read:confluence-content.all']);
  assert.deepEqual(names(search('expand=body.storage').needed), ['search:confluence']);
});
