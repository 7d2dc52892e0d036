import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-content-create-edit-delete.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { at, declared, makeFacts, remoteFact, restCall } from './facts-builder.ts';

const issues = { object: 'issue', actions: ['create', 'edit', 'delete'] };
const pages = { object: 'page', actions: ['create', 'edit', 'delete', 'read'] };

/** A worklog added: a write to Jira, though no edit of the issue. */
const worklog = { ...restCall('jira', 'POST', '/rest/api/3/issue/{}/worklog', 'addWorklog', 'server/jira.js', 21), scopes: { operation: 'addWorklog', granular: ['write:issue-worklog:jira'], classic: ['write:jira-work'] } };

/** An attachment added to a page (Connect's path, without /wiki). */
const attachment = restCall('confluence', 'POST', '/rest/api/content/{}/child/attachment', 'createAttachment', 'routes/index.js', 86);

const cases: Case[] = [
  {
    name: '"never modifies Confluence content": an attachment added to a page changes its content',
    params: { object: 'page', actions: ['edit'], parts: true },
    facts: makeFacts({ restCalls: [attachment] }),
    expect: { verdict: 'contradicted', messageId: 'parts', at: ['routes/index.js:86'] },
  },
  {
    name: '"never modifies pages": an attachment added is not an edit of the page',
    params: { object: 'page', actions: ['edit'] },
    facts: makeFacts({ restCalls: [attachment] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: '"never writes to Jira": a worklog added is a write to Jira',
    params: { ...issues, anything: true },
    facts: makeFacts({ restCalls: [worklog] }),
    expect: { verdict: 'contradicted', messageId: 'writes', at: ['server/jira.js:21'] },
  },
  {
    name: '"The app is read-only" of a Bitbucket app that comments on a pull request: the comment is part of the pull request',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [
      { ...restCall('jira', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}', null, 'src/bitbucket.js', 16), product: 'bitbucket' },
      { ...restCall('jira', 'POST', '/2.0/repositories/{}/{}/pullrequests/{}/comments', null, 'src/bitbucket.js', 43), product: 'bitbucket' },
    ] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/bitbucket.js:43'] },
  },
  {
    name: '"The app is read-only" of a Bitbucket app that commits a file to the repository',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [{ ...restCall('jira', 'POST', '/2.0/repositories/{}/{}/src', null, 'src/bitbucket.js', 51), product: 'bitbucket' }] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/bitbucket.js:51'] },
  },
  {
    name: '"The app is read-only" of a Bitbucket app that only reads pull requests and their diffs',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [
      { ...restCall('jira', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}', null, 'src/bitbucket.js', 16), product: 'bitbucket' },
      { ...restCall('jira', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}/diff', null, 'src/bitbucket.js', 17), product: 'bitbucket' },
    ] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: '"The app is read-only" of a Bitbucket app that posts a build status, which the data file does not chart',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [{ ...restCall('jira', 'POST', '/2.0/repositories/{}/{}/commit/{}/statuses/build', null, 'src/bitbucket.js', 60), product: 'bitbucket' }] }),
    expect: { verdict: 'unverified', messageId: 'uncharted', at: ['src/bitbucket.js:60'] },
  },
  {
    name: '"does not create, edit or delete issues": a worklog added is none of them',
    params: issues,
    facts: makeFacts({ restCalls: [worklog] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'comments on issues are not edits of the issue',
    params: issues,
    facts: makeFacts({ restCalls: [restCall('jira', 'POST', '/rest/api/3/issue/{}/comment', 'addComment', 'src/jira.js', 52), restCall('jira', 'GET', '/rest/api/3/issue/{}?fields=summary', 'getIssue', 'src/jira.js', 28)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a transition edits the issue',
    params: issues,
    facts: makeFacts({ restCalls: [restCall('jira', 'POST', '/rest/api/3/issue/{}/transitions', 'doTransition', 'src/jira.js', 60)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/jira.js:60'] },
  },
  {
    name: 'an issue created through the v2 API the table does not name',
    params: issues,
    facts: makeFacts({ restCalls: [restCall('jira', 'POST', '/rest/api/2/issue', null, 'src/jira.js', 70)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/jira.js:70'] },
  },
  {
    name: 'a copy-only app makes no Confluence call',
    params: pages,
    facts: makeFacts(),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'copying a page creates one',
    params: pages,
    facts: makeFacts({ restCalls: [restCall('confluence', 'POST', '/wiki/rest/api/content/{}/copy', 'copyPage', 'src/confluence.js', 21)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/confluence.js:21'] },
  },
  {
    name: 'reading a page, when the claim says it does not read them',
    params: pages,
    facts: makeFacts({ restCalls: [restCall('confluence', 'GET', '/wiki/rest/api/content/{}?expand=body.storage', null, 'src/confluence.js', 15)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/confluence.js:15'] },
  },
  {
    name: 'a Connect app updating a page through the v1 content API, relative to /wiki',
    params: pages,
    facts: makeFacts({ restCalls: [restCall('confluence', 'PUT', '/rest/api/content/{}', 'updateContent', 'routes/pages.js', 33)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['routes/pages.js:33'] },
  },
  {
    name: 'reading the pages of a space through the v1 space API',
    params: pages,
    facts: makeFacts({ restCalls: [restCall('confluence', 'GET', '/rest/api/space/{}/content/page', 'getContentByTypeForSpace', 'routes/pages.js', 12)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['routes/pages.js:12'] },
  },
  {
    name: 'a v1 content property is not the page',
    params: { object: 'page', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [restCall('confluence', 'PUT', '/wiki/rest/api/content/{}/property/{}', 'updateContentProperty', 'src/confluence.js', 44)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a write with an unresolved path',
    params: pages,
    facts: makeFacts({ unresolvedRestCalls: [restCall('confluence', 'PUT', null, null, 'src/confluence.js', 40)] }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/confluence.js:40'] },
  },
  {
    name: 'a request whose path and method the code chooses at run time (a proxy for its front end) may write',
    params: issues,
    facts: makeFacts({ unresolvedRestCalls: [{ ...restCall('jira', 'GET', null, null, 'src/proxy.js', 12), openMethod: true }] }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/proxy.js:12'] },
  },
  {
    name: 'a request with a resolved path whose method the code chooses at run time may write',
    params: issues,
    facts: makeFacts({ restCalls: [{ ...restCall('jira', 'GET', '/rest/api/3/{}', null, 'src/proxy.js', 5), openMethod: true }] }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/proxy.js:5'] },
  },
  {
    name: 'a Confluence request with a run-time method leaves a claim about issues alone',
    params: issues,
    facts: makeFacts({ restCalls: [{ ...restCall('confluence', 'GET', '/wiki/api/v2/{}', null, 'src/proxy.js', 5), openMethod: true }] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an app subscribed to issue events reads issues without a REST call',
    params: { object: 'issue', actions: ['create', 'edit', 'delete', 'read'] },
    facts: makeFacts({ triggers: [issueTrigger('product-event', ['avi:jira:created:issue', 'avi:jira:commented:issue'])] }),
    expect: { verdict: 'contradicted', messageId: 'events', at: ['manifest.yml:9'] },
  },
  {
    name: 'a Connect issue webhook delivers the issue too',
    params: { object: 'issue', actions: ['read', 'edit'] },
    facts: makeFacts({ app: { platform: 'connect' }, triggers: [issueTrigger('connect-webhook', ['jira:issue_updated'])] }),
    expect: { verdict: 'contradicted', messageId: 'events', at: ['manifest.yml:9'] },
  },
  {
    name: 'worklog and comment events are not the issue, and issue events do not edit it',
    params: { object: 'issue', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ triggers: [issueTrigger('connect-webhook', ['worklog_created', 'comment_created']), issueTrigger('product-event', ['avi:jira:updated:issue'])] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a remote with a token and a read scope may read issues Candor cannot see',
    params: { object: 'issue', actions: ['create', 'edit', 'delete', 'read'] },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work']) }, egress: { remotes: [{ ...remoteFact('tracker', ['compute']), tokens: ['appSystemToken'] }] } }),
    expect: { verdict: 'unverified', messageId: 'remote', at: ['manifest.yml:19'] },
  },
  {
    name: 'a remote with a token but only read scopes cannot edit issues',
    params: issues,
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work']) }, egress: { remotes: [{ ...remoteFact('tracker', ['compute']), tokens: ['appUserToken'] }] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a read-only app that names no product: a Confluence page created contradicts it',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [restCall('confluence', 'POST', '/wiki/api/v2/pages', 'createPage', 'src/publish.js', 14)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/publish.js:14'] },
  },
  {
    name: 'a read-only app that names no product: an issue edited contradicts it too',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [restCall('jira', 'PUT', '/rest/api/3/issue/{}', 'editIssue', 'src/sync.js', 8)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/sync.js:8'] },
  },
  {
    name: 'a read-only app that only reads',
    params: { object: 'content', actions: ['create', 'edit', 'delete'] },
    facts: makeFacts({ restCalls: [restCall('jira', 'GET', '/rest/api/3/search', 'searchForIssuesUsingJql', 'src/report.js', 11)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

const source = { kind: 'statement' as const, file: 'statement.md', line: 1, column: 1, text: '' };
const paramsIn = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'no-content-create-edit-delete')?.params ?? null;

function issueTrigger(kind: 'product-event' | 'connect-webhook', events: string[]): Facts['triggers'][number] {
  return { kind, key: 'issue-events', function: null, events, interval: null, response: null, evidence: at('manifest.yml', 9) };
}

describe('no-content-create-edit-delete', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads "the app is read-only" as no content of any product changed, also with an exception for the app\'s own storage', () => {
    const all = { object: 'content', actions: ['create', 'edit', 'delete'] };
    assert.deepEqual(paramsIn('The app is read-only (except for app storage).'), all);
    assert.deepEqual(paramsIn('Our add-on is strictly read-only, apart from its own Forge storage.'), all);
    assert.deepEqual(paramsIn('The app is read-only.'), all);
    // The app by its name; a common noun is no app.
    assert.deepEqual(paramsIn('MergeGuard is read-only: it never writes to your repositories or pull requests.'), all);
    assert.equal(paramsIn('Access is read-only.'), null);
    // A named object is the frames' to read.
    assert.deepEqual(paramsIn('The app is read-only and never alters your work items.'), { object: 'issue', actions: ['edit'] });
  });

  it('reads "content" as pages with their attachments and comments, "pages" as the pages alone', () => {
    assert.deepEqual(paramsIn('The app never modifies Confluence content.'), { object: 'page', actions: ['edit'], parts: true });
    assert.deepEqual(paramsIn('The app never modifies Confluence pages.'), { object: 'page', actions: ['edit'] });
  });

  it('makes no claim of an exception that names anything else, nor of write scopes', () => {
    assert.equal(paramsIn('The app is read-only except for comments it adds.'), null);
    assert.equal(paramsIn('The app never edits issues except to add labels.'), null);
    assert.equal(paramsIn('The app requests no write scopes.'), null);
    assert.equal(paramsIn('The app asks for no write permissions.'), null);
  });

  it('reads "without" only in the clause that denies: another clause\'s condition leaves the denial whole', () => {
    assert.deepEqual(paramsIn('The app never creates, edits or deletes issues; it does not send data to third parties without your consent.'), { object: 'issue', actions: ['create', 'edit', 'delete'] });
    assert.equal(paramsIn('The app never edits issues without your approval; it only reads them.'), null);
  });

  it('makes no claim of an app read-only for a time or a case', () => {
    assert.equal(paramsIn('Our app is read-only once a sprint is closed.'), null);
    assert.equal(paramsIn('The app is read-only until an admin enables editing.'), null);
    assert.equal(paramsIn('The app is read-only while a release is frozen.'), null);
    assert.equal(paramsIn('The app is read-only during audits.'), null);
    assert.equal(paramsIn('The app is read-only after the import finishes.'), null);
    assert.equal(paramsIn('The app is read-only when a page is archived.'), null);
  });
});
