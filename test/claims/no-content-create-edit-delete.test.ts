import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-content-create-edit-delete.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, restCall } from './facts-builder.ts';

const issues = { object: 'issue', actions: ['create', 'edit', 'delete'] };
const pages = { object: 'page', actions: ['create', 'edit', 'delete', 'read'] };

const cases: Case[] = [
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
];

describe('no-content-create-edit-delete', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
