import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/calls-as-user.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, remoteFact, restCall } from './facts-builder.ts';

const read = restCall('jira', 'GET', '/rest/servicedeskapi/request/{}', null, 'src/jsm.js', 4);
const comment = { ...restCall('jira', 'POST', '/rest/servicedeskapi/request/{}/comment', null, 'src/jsm.js', 10), auth: 'asApp' as const, api: 'requestJira' };

const cases: Case[] = [
  { name: 'every call as the user', params: {}, facts: makeFacts({ restCalls: [read] }), expect: { verdict: 'verified', messageId: 'verified', at: ['src/jsm.js:4'] } },
  { name: 'a comment posted with asApp()', params: {}, facts: makeFacts({ restCalls: [read, comment] }), expect: { verdict: 'contradicted', messageId: 'asApp', at: ['src/jsm.js:10'] } },
  {
    name: 'as the user or as the app, chosen at run time',
    params: {},
    facts: makeFacts({ restCalls: [{ ...read, api: 'asUser|asApp().requestJira' }] }),
    expect: { verdict: 'contradicted', messageId: 'asApp', at: ['src/jsm.js:4'] },
  },
  { name: 'a Connect client as the app\'s own user', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'connect', api: 'httpClient.get' }] }), expect: { verdict: 'contradicted', messageId: 'asApp', at: ['src/jsm.js:4'] } },
  { name: 'a Connect page\'s AP.request, as the user who sees it', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'connect', api: 'AP.request' }] }), expect: { verdict: 'verified', messageId: 'verified', at: ['src/jsm.js:4'] } },
  { name: 'a user\'s API token: whose rights, Candor cannot tell', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'api-token', api: 'fetch' }] }), expect: { verdict: 'unverified', messageId: 'unknown', at: ['src/jsm.js:4'] } },
  {
    name: 'a remote that gets the app\'s system token',
    params: {},
    facts: makeFacts({ restCalls: [read], egress: { remotes: [{ ...remoteFact('backend', ['compute']), tokens: ['appSystemToken'] }] } }),
    expect: { verdict: 'unverified', messageId: 'remote', at: ['manifest.yml:19'] },
  },
  { name: 'no product call at all', params: {}, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'none', at: [] } },
];

describe('calls-as-user', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const ids = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id);
  it('is recognised in what vendors write, and not in a processor acting for its customers', () => {
    assert.deepEqual(ids('All Jira calls are made as the current user; the app never acts with its own elevated permissions.'), ['calls-as-user']);
    assert.deepEqual(ids('The macro fetches page content on behalf of the signed-in user.'), ['calls-as-user']);
    assert.deepEqual(ids('Requests run with the permissions of the current user.'), ['calls-as-user']);
    assert.deepEqual(ids('We act as a data processor on behalf of our customers.'), []);
    // What the app sees, bounded by what the user may see.
    assert.deepEqual(ids('Summaries in Jira are generated as the current user, so the app only sees issues the user can see.'), ['calls-as-user']);
    assert.deepEqual(ids('The app can read only the pages the current user has access to.'), ['calls-as-user']);
    assert.deepEqual(ids('Users only see issues they can already see in Jira.'), []);
  });

  it('is no claim when the sentence denies it, speaks of calls to the vendor\'s own server, of admin rights, or of some calls only', () => {
    assert.deepEqual(ids('The scheduled sync does not act on behalf of the current user.'), []);
    // Requests to the vendor's own server, authenticated: authenticated-requests, not calls the app makes as the user.
    assert.deepEqual(ids('All requests to our backend are authenticated as the current user.'), ['authenticated-requests']);
    assert.deepEqual(ids('All requests to the Jira REST API are made as the current user.'), ['calls-as-user']);
    // the app's own rights are not an administrator's
    assert.deepEqual(ids('The app never runs with admin privileges.'), []);
    assert.deepEqual(ids('The app acts on behalf of the current user when they click Sync; background jobs run as the app.'), []);
    assert.deepEqual(ids('The app acts on behalf of the current user and never runs as the app.'), ['calls-as-user']);
    assert.deepEqual(ids('All Jira calls are made as the current user with asUser(); the app never uses asApp().'), ['calls-as-user']);
    assert.deepEqual(ids('Every REST call is made as the current user, never asApp.'), ['calls-as-user']);
    assert.deepEqual(ids('All calls to your Jira site are made as the current user.'), ['calls-as-user']);
    assert.deepEqual(ids('Every REST call is made as the current user, but background jobs use asApp().'), []);
  });
});
