import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HttpMethod, Product } from '../../src/scan/facts.ts';
import { lookupOperation, lookupOperationEntry, personalDataOf, scopeFamily } from '../../src/scan/scopes/table.ts';

interface Case {
  call: [Product, HttpMethod, string];
  template: string;
  operation: string;
  classic: string[];
  /** One scope the granular set must hold. */
  granular: string;
  connect?: string;
}

const cases: Case[] = [
  { call: ['jira', 'GET', '/rest/api/3/issue/{}'], template: '/rest/api/3/issue/{issueIdOrKey}', operation: 'getIssue', classic: ['read:jira-work'], granular: 'read:issue:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/2/issue/{}?fields=summary'], template: '/rest/api/3/issue/{issueIdOrKey}', operation: 'getIssue', classic: ['read:jira-work'], granular: 'read:issue:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/3/issue/createmeta'], template: '/rest/api/3/issue/createmeta', operation: 'getCreateIssueMeta', classic: ['read:jira-work'], granular: 'read:issue-meta:jira', connect: 'READ' },
  { call: ['jira', 'PUT', '/rest/api/3/issue/{}'], template: '/rest/api/3/issue/{issueIdOrKey}', operation: 'editIssue', classic: ['write:jira-work'], granular: 'write:issue:jira', connect: 'WRITE' },
  { call: ['jira', 'DELETE', '/rest/api/3/issue/{}/'], template: '/rest/api/3/issue/{issueIdOrKey}', operation: 'deleteIssue', classic: ['write:jira-work'], granular: 'delete:issue:jira', connect: 'DELETE' },
  { call: ['jira', 'POST', '/rest/api/3/issue'], template: '/rest/api/3/issue', operation: 'createIssue', classic: ['write:jira-work'], granular: 'write:issue:jira', connect: 'WRITE' },
  { call: ['jira', 'POST', '/rest/api/3/issue/{}/comment'], template: '/rest/api/3/issue/{issueIdOrKey}/comment', operation: 'addComment', classic: ['write:jira-work'], granular: 'write:comment:jira', connect: 'WRITE' },
  { call: ['jira', 'GET', '/rest/api/3/myself'], template: '/rest/api/3/myself', operation: 'getCurrentUser', classic: ['read:jira-user'], granular: 'read:user:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/latest/myself'], template: '/rest/api/3/myself', operation: 'getCurrentUser', classic: ['read:jira-user'], granular: 'read:user:jira', connect: 'READ' },
  { call: ['jira', 'HEAD', '/rest/api/3/myself'], template: '/rest/api/3/myself', operation: 'getCurrentUser', classic: ['read:jira-user'], granular: 'read:user:jira', connect: 'READ' },
  { call: ['jira', 'GET', 'https://api.atlassian.com/ex/jira/{}/rest/api/3/myself'], template: '/rest/api/3/myself', operation: 'getCurrentUser', classic: ['read:jira-user'], granular: 'read:user:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/{}/myself'], template: '/rest/api/3/myself', operation: 'getCurrentUser', classic: ['read:jira-user'], granular: 'read:user:jira', connect: 'READ' },
  { call: ['jira', 'POST', '/rest/api/3/search/jql'], template: '/rest/api/3/search/jql', operation: 'searchAndReconsileIssuesUsingJqlPost', classic: ['read:jira-work'], granular: 'read:issue-details:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/3/project/search'], template: '/rest/api/3/project/search', operation: 'searchProjects', classic: ['read:jira-work'], granular: 'read:project:jira', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/api/3/project/{}'], template: '/rest/api/3/project/{projectIdOrKey}', operation: 'getProject', classic: ['read:jira-work'], granular: 'read:project:jira', connect: 'READ' },
  { call: ['jira', 'PUT', '/rest/api/3/issue/{}/properties/{}'], template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', operation: 'setIssueProperty', classic: ['write:jira-work'], granular: 'write:issue.property:jira', connect: 'WRITE' },
  { call: ['jira', 'GET', '/rest/api/3/user/email?accountId={}'], template: '/rest/api/3/user/email', operation: 'getUserEmail', classic: [], granular: 'read:email-address:jira', connect: 'ACCESS_EMAIL_ADDRESSES' },
  { call: ['jira', 'POST', '/rest/api/3/webhook'], template: '/rest/api/3/webhook', operation: 'registerDynamicWebhooks', classic: ['read:jira-work', 'manage:jira-webhook'], granular: 'write:webhook:jira', connect: 'READ' },
  { call: ['jira-software', 'GET', '/rest/agile/1.0/board/{}/sprint'], template: '/rest/agile/1.0/board/{boardId}/sprint', operation: 'getAllSprints', classic: [], granular: 'read:sprint:jira-software', connect: 'READ' },
  { call: ['jira', 'GET', '/rest/agile/1.0/board'], template: '/rest/agile/1.0/board', operation: 'getAllBoards', classic: [], granular: 'read:board-scope:jira-software', connect: 'READ' },
  { call: ['jsm', 'GET', '/rest/servicedeskapi/request/{}'], template: '/rest/servicedeskapi/request/{issueIdOrKey}', operation: 'getCustomerRequestByIdOrKey', classic: ['read:servicedesk-request'], granular: 'read:request:jira-service-management', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/api/v2/pages/{}'], template: '/wiki/api/v2/pages/{id}', operation: 'getPageById', classic: [], granular: 'read:page:confluence', connect: 'READ' },
  { call: ['confluence', 'PUT', '/wiki/api/v2/pages/{}'], template: '/wiki/api/v2/pages/{id}', operation: 'updatePage', classic: [], granular: 'write:page:confluence', connect: 'WRITE' },
  { call: ['confluence', 'GET', '/wiki/api/v2/pages/{}/children'], template: '/wiki/api/v2/pages/{id}/children', operation: 'getChildPages', classic: [], granular: 'read:page:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/search?cql={}'], template: '/wiki/rest/api/content/search', operation: 'searchContentByCQL', classic: ['search:confluence'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/rest/api/content/search'], template: '/wiki/rest/api/content/search', operation: 'searchContentByCQL', classic: ['search:confluence'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/user/current'], template: '/wiki/rest/api/user/current', operation: 'getCurrentUser', classic: ['read:confluence-user'], granular: 'read:content-details:confluence', connect: 'READ' },
  // Deprecated v1 operations the current document dropped, from the supplement src/data/confluence-v1-legacy.json.
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}?expand=body.storage'], template: '/wiki/rest/api/content/{id}', operation: 'getContentById', classic: ['read:confluence-content.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'POST', '/wiki/rest/api/content'], template: '/wiki/rest/api/content', operation: 'createContent', classic: ['write:confluence-content'], granular: 'write:content:confluence', connect: 'WRITE' },
  { call: ['confluence', 'PUT', '/rest/api/content/{}'], template: '/wiki/rest/api/content/{id}', operation: 'updateContent', classic: ['write:confluence-content'], granular: 'write:content:confluence', connect: 'WRITE' },
  { call: ['confluence', 'DELETE', '/wiki/rest/api/content/{}?status=trashed'], template: '/wiki/rest/api/content/{id}', operation: 'deleteContent', classic: ['write:confluence-content'], granular: 'delete:content:confluence', connect: 'DELETE' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}/child/page'], template: '/wiki/rest/api/content/{id}/child/{type}', operation: 'getContentChildrenByType', classic: ['read:confluence-content.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}/child/attachment'], template: '/wiki/rest/api/content/{id}/child/attachment', operation: 'getAttachments', classic: ['read:confluence-content.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'POST', '/wiki/rest/api/content/{}/child/attachment'], template: '/wiki/rest/api/content/{id}/child/attachment', operation: 'createAttachment', classic: ['write:confluence-file'], granular: 'write:attachment:confluence', connect: 'WRITE' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}/property/{}'], template: '/wiki/rest/api/content/{id}/property/{key}', operation: 'getContentProperty', classic: ['read:confluence-props'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'PUT', '/wiki/rest/api/content/{}/property/{}'], template: '/wiki/rest/api/content/{id}/property/{key}', operation: 'updateContentProperty', classic: ['write:confluence-props'], granular: 'write:content.property:confluence', connect: 'WRITE' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}/history'], template: '/wiki/rest/api/content/{id}/history', operation: 'getHistoryForContent', classic: ['read:confluence-content.summary'], granular: 'read:content.metadata:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/content/{}/history/{}/macro/id/{}'], template: '/wiki/rest/api/content/{id}/history/{version}/macro/id/{macroId}', operation: 'getMacroBodyByMacroId', classic: ['read:confluence-content.all'], granular: 'read:content.metadata:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/space?limit=100'], template: '/wiki/rest/api/space', operation: 'getSpaces', classic: ['read:confluence-space.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/rest/api/space/{}'], template: '/wiki/rest/api/space/{spaceKey}', operation: 'getSpace', classic: ['read:confluence-space.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/space/{}/content'], template: '/wiki/rest/api/space/{spaceKey}/content', operation: 'getContentForSpace', classic: ['read:confluence-content.summary'], granular: 'read:content-details:confluence', connect: 'READ' },
  { call: ['confluence', 'GET', '/wiki/rest/api/space/{}/settings'], template: '/wiki/rest/api/space/{spaceKey}/settings', operation: 'getSpaceSettings', classic: ['read:confluence-space.summary'], granular: 'read:space.setting:confluence', connect: 'READ' },
  { call: ['unknown', 'GET', '/wiki/api/v2/spaces'], template: '/wiki/api/v2/spaces', operation: 'getSpaces', classic: [], granular: 'read:space:confluence', connect: 'READ' },
  { call: ['unknown', 'GET', '/rest/api/3/project/search'], template: '/rest/api/3/project/search', operation: 'searchProjects', classic: ['read:jira-work'], granular: 'read:project:jira', connect: 'READ' },
  { call: ['bitbucket', 'GET', '/2.0/repositories/{}/{}'], template: '/2.0/repositories/{workspace}/{repo_slug}', operation: 'GET /2.0/repositories/{workspace}/{repo_slug}', classic: ['repository'], granular: 'read:repository:bitbucket' },
  { call: ['bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}'], template: '/2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}', operation: 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}', classic: ['pullrequest'], granular: 'read:pullrequest:bitbucket' },
  { call: ['bitbucket', 'GET', '/2.0/repositories/{}/{}/src/{}/docs/readme.md'], template: '/2.0/repositories/{workspace}/{repo_slug}/src/{commit}/{path}', operation: 'GET /2.0/repositories/{workspace}/{repo_slug}/src/{commit}/{path}', classic: ['repository'], granular: 'read:repository:bitbucket' },
];

for (const c of cases) {
  test(`${c.call[0]} ${c.call[1]} ${c.call[2]} → ${c.template}`, () => {
    const entry = lookupOperationEntry(...c.call);
    assert.ok(entry, 'operation found');
    assert.equal(entry.path, c.template);
    assert.equal(entry.scopes.operation, c.operation);
    assert.deepEqual(entry.scopes.classic, c.classic);
    assert.ok(entry.scopes.granular.includes(c.granular), `granular set ${entry.scopes.granular.join(', ')} holds ${c.granular}`);
    assert.equal(entry.scopes.connect, c.connect);
  });
}

const unknown: Array<[Product, HttpMethod, string]> = [
  ['jira', 'GET', '/rest/nope'],
  ['jira', 'OPTIONS', '/rest/api/3/issue/{}'],
  ['compass', 'GET', '/rest/api/3/myself'],
  // GET content/{id} exists, POST does not: no guess at `POST /wiki/rest/api/content/archive`.
  ['confluence', 'POST', '/wiki/rest/api/content/{}'],
  ['jira', 'GET', '/rest/api/3/{}'],
];
for (const call of unknown) {
  test(`${call.join(' ')} → unknown`, () => assert.equal(lookupOperation(...call), null));
}

test('an operation with an optional scope requires none yet', () => {
  const entry = lookupOperationEntry('jira', 'PUT', '/rest/api/3/app/field/{}/value');
  assert.deepEqual(entry?.scopes.classic, []);
  assert.deepEqual(entry?.scopes.granular, []);
  assert.deepEqual(entry?.optional, ['write:app-data:jira']);
});

test('a last-segment hole is an id: GET content/{id}, not content/search', () => {
  assert.equal(lookupOperationEntry('confluence', 'GET', '/wiki/rest/api/content/{}')?.scopes.operation, 'getContentById');
  assert.equal(lookupOperationEntry('confluence', 'GET', '/wiki/rest/api/content/{}')?.source, 'confluence-v1-legacy');
});

test('granular sets from Beta entries are marked', () => {
  assert.equal(lookupOperationEntry('jira', 'GET', '/rest/api/3/issue/{}')?.granularBeta, true);
  assert.equal(lookupOperationEntry('confluence', 'GET', '/wiki/api/v2/pages/{}')?.granularBeta, false);
});

test('scope families', () => {
  assert.equal(scopeFamily('read:jira-work'), 'jira');
  assert.equal(scopeFamily('read:sprint:jira-software'), 'jira');
  assert.equal(scopeFamily('read:page:confluence'), 'confluence');
  assert.equal(scopeFamily('pullrequest:write'), 'bitbucket');
  assert.equal(scopeFamily('storage:app'), null);
});

const people: Array<[Product, HttpMethod, string, string]> = [
  ['jira', 'GET', '/rest/api/3/user/search?query={}', 'account-id,display-name,email'],
  ['jira', 'GET', '/rest/api/2/myself', 'account-id,display-name,email'],
  ['jira', 'GET', '/rest/api/3/user/email?accountId={}', 'account-id,email'],
  ['jira', 'GET', '/rest/api/3/user/picker?query={}', 'account-id,display-name'],
  ['jira', 'GET', '/rest/api/3/issue/{}/watchers', 'account-id,display-name,email'],
  ['jsm', 'GET', '/rest/servicedeskapi/request/{}/participant', 'account-id,display-name,email'],
  ['confluence', 'GET', '/wiki/rest/api/search/user?cql={}', 'account-id,display-name,email'],
  // A Connect app in Confluence calls v1 below its `/wiki` base URL; the product is told by the path.
  ['unknown', 'GET', '/rest/api/user/current', 'account-id,display-name,email'],
  ['confluence', 'GET', '/wiki/api/v2/pages/{}/likes/users', 'account-id'],
  ['bitbucket', 'GET', '/2.0/workspaces/{}/members', 'account-id,display-name'],
  // Not in the documents: from the hand-written supplement.
  ['confluence', 'GET', '/wiki/rest/api/group/{}/member', 'account-id,display-name,email'],
  ['bitbucket', 'GET', '/2.0/user/emails', 'email'],
  // An issue read naming no fields answers with all of them, the user fields among them; a v2 page with its authors' account IDs.
  ['jira', 'GET', '/rest/api/3/issue/{}', 'account-id,display-name,email'],
  ['confluence', 'GET', '/wiki/api/v2/pages/{}', 'account-id'],
  // Content that embeds people (changelog authors, comment authors, likes, owners), user properties, content search.
  ['jira', 'GET', '/rest/api/3/issue/{}?fields=summary,status', ''],
  ['jira', 'GET', '/rest/api/3/issue/{}/comment', ''],
  ['jira', 'GET', '/rest/api/3/user/properties/{}?accountId={}', ''],
  ['jira', 'PUT', '/rest/api/3/user/properties/{}?accountId={}', ''],
  ['confluence', 'GET', '/wiki/api/v2/pages/{}/children', ''],
  ['confluence', 'GET', '/wiki/rest/api/search?cql={}', ''],
  ['bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests', ''],
  ['jira', 'GET', '/rest/nope', ''],
];
for (const [product, method, path, kinds] of people) {
  test(`people in the answer of ${product} ${method} ${path}: ${kinds || 'none'}`, () => assert.equal(personalDataOf(product, method, path).join(','), kinds));
}
