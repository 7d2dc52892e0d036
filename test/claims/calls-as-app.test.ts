import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/calls-as-app.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, remoteFact, restCall } from './facts-builder.ts';

const read = { ...restCall('jira', 'GET', '/rest/api/3/search', null, 'src/sync.js', 4), auth: 'asApp' as const, api: 'requestJira' };
const asUser = { ...restCall('jira', 'PUT', '/rest/api/3/issue/{}', null, 'src/edit.js', 9), auth: 'asUser' as const, api: 'requestJira' };

const cases: Case[] = [
  { name: 'every call with asApp()', params: {}, facts: makeFacts({ restCalls: [read] }), expect: { verdict: 'verified', messageId: 'verified', at: ['src/sync.js:4'] } },
  { name: 'an edit made with asUser()', params: {}, facts: makeFacts({ restCalls: [read, asUser] }), expect: { verdict: 'contradicted', messageId: 'asUser', at: ['src/edit.js:9'] } },
  { name: 'a request from the front end, as the user', params: {}, facts: makeFacts({ restCalls: [read, { ...asUser, auth: 'bridge', api: 'requestJira' }] }), expect: { verdict: 'contradicted', messageId: 'asUser', at: ['src/edit.js:9'] } },
  {
    name: 'as the user or as the app, chosen at run time',
    params: {},
    facts: makeFacts({ restCalls: [{ ...read, api: 'asUser|asApp().requestJira' }] }),
    expect: { verdict: 'contradicted', messageId: 'asUser', at: ['src/sync.js:4'] },
  },
  { name: 'a Connect client as the app\'s own user', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'connect', api: 'httpClient.get' }] }), expect: { verdict: 'verified', messageId: 'verified', at: ['src/sync.js:4'] } },
  { name: 'a Connect page\'s AP.request, as the user who sees it', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'connect', api: 'AP.request' }] }), expect: { verdict: 'contradicted', messageId: 'asUser', at: ['src/sync.js:4'] } },
  { name: 'a user\'s API token: whose rights, Candor cannot tell', params: {}, facts: makeFacts({ restCalls: [{ ...read, auth: 'api-token', api: 'fetch' }] }), expect: { verdict: 'unverified', messageId: 'unknown', at: ['src/sync.js:4'] } },
  {
    name: 'a remote that gets the user\'s token',
    params: {},
    facts: makeFacts({ restCalls: [read], egress: { remotes: [{ ...remoteFact('backend', ['compute']), tokens: ['appUserToken'] }] } }),
    expect: { verdict: 'unverified', messageId: 'remote', at: ['manifest.yml:19'] },
  },
  { name: 'no product call at all', params: {}, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'none', at: [] } },
];

describe('calls-as-app', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const ids = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id);
  it('is recognised when the whole app acts as itself, or never as a user', () => {
    assert.deepEqual(ids('All calls to Confluence are made as the app, never on behalf of a user.'), ['calls-as-app']);
    assert.deepEqual(ids('Jira is queried as the app and never on behalf of the current user.'), ['calls-as-app']);
    assert.deepEqual(ids('The add-on never impersonates users.'), ['calls-as-app']);
    assert.deepEqual(ids('Our app calls Jira with its own identity.'), ['calls-as-app']);
  });

  it('is no claim for a part of the app, for some calls, for the vendor\'s server, or under a denial', () => {
    assert.deepEqual(ids('Background jobs run as the app.'), []);
    assert.deepEqual(ids('The nightly export does not act on behalf of the current user.'), []);
    assert.deepEqual(ids('The app calls Jira as the app, and on behalf of the current user when they click Sync.'), []);
    assert.deepEqual(ids('All requests to our backend are made as the app.'), []);
    assert.deepEqual(ids('The app does not call Jira as the app.'), ['calls-as-user']);
    assert.deepEqual(ids('All Jira calls are made as the current user; the app never acts with its own elevated permissions.'), ['calls-as-user']);
  });

  it('is no claim for people who are not the app, a denial held to a bound, calls named by how they are made, or a part that acts as itself and not as a user', () => {
    assert.deepEqual(ids('Support never impersonates users.'), []);
    assert.deepEqual(ids('Agents never act on behalf of users.'), []);
    assert.deepEqual(ids('The app never acts on behalf of users beyond their own permissions.'), []);
    assert.deepEqual(ids('All calls made as the app are logged.'), []);
    assert.deepEqual(ids('Background jobs run as the app, never on behalf of a user.'), []);
    assert.deepEqual(ids('Scheduled syncs run as the app and not as the user who configured them.'), []);
    // The whole app, by its name or as "the app", still claims.
    assert.deepEqual(ids('Acme Sync never impersonates users.'), ['calls-as-app']);
    assert.deepEqual(ids('The app never acts on behalf of users.'), ['calls-as-app']);
    assert.deepEqual(ids('All calls to Jira are made as the app, never on behalf of a user.'), ['calls-as-app']);
  });
  it('holds a sentence about the app\'s writes only ("creates and updates pages as the app") to the calls that change data', () => {
    const text = 'Releasebook creates and updates pages as the app, not as a user.';
    const [found] = recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text });
    assert.deepEqual(found?.params, { writes: true });
    const userRead = { ...asUser, method: 'GET' as const, path: '/wiki/api/v2/pages/{}' };
    const appWrite = { ...read, method: 'POST' as const, path: '/wiki/api/v2/pages' };
    assert.deepEqual(outcomeOf(claim, { name: 'writes', params: { writes: true }, facts: makeFacts({ restCalls: [userRead, appWrite] }), expect: null as never }), { verdict: 'verified', messageId: 'verifiedWrites', at: ['src/sync.js:4'] });
    assert.deepEqual(outcomeOf(claim, { name: 'writes', params: { writes: true }, facts: makeFacts({ restCalls: [userRead, appWrite, asUser] }), expect: null as never }), { verdict: 'contradicted', messageId: 'asUser', at: ['src/edit.js:9'] });
    // Every call, or a read among the verbs: the whole app's calls.
    for (const other of ['All calls to Confluence are made as the app, never on behalf of a user.', 'The app reads and updates pages as the app, not as a user.']) {
      assert.deepEqual(recogniseText(other, { kind: 'statement', file: 's.md', line: 1, column: 1, text: other })[0]?.params, {});
    }
  });
});
