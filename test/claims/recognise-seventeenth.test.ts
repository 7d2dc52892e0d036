/** Wordings held-out-11 showed misread or unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (file: string, text: string): string[] => recogniseClaims(readStatement(file, text)).map((r) => r.claim.id).sort();

describe('recognising held-out-11\'s kinds', () => {
  it('Markdown emphasis in a sentence read alone is no part of its words', () => {
    assert.deepEqual(idsIn('**Storage:** Forge key-value storage only.'), ['only-forge-kv', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('__Logging:__ no End-User Data is ever logged.'), ['no-end-user-data-in-logs']);
  });

  it('a topic labelled "none" is the topic denied', () => {
    assert.deepEqual(idsIn('**Remotes:** none declared.'), ['no-remotes']);
    assert.deepEqual(idsIn('Data egress: none.'), ['no-egress']);
    assert.deepEqual(idsIn('Analytics: none.'), ['third-parties-exactly']);
    // An answer's label is not a topic, and a value that is not "none" denies nothing.
    assert.deepEqual(idsIn('Answer: none.'), []);
    assert.deepEqual(idsIn('Remotes: one, for PDF rendering.'), []);
  });

  it('"EUD" and "3rd parties" read spelt out', () => {
    assert.deepEqual(idsIn('EUD is never written to the app\'s logs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('No EUD is shared with 3rd parties.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('We never pass EUD to 3rd-party tools.'), ['no-end-user-data-to-third-parties']);
  });

  it('"Zero …" at a sentence\'s start is "No …"', () => {
    assert.deepEqual(idsIn('Zero remotes. Zero third-party calls.').includes('no-remotes'), true);
    assert.deepEqual(idsIn('Zero-downtime deploys are part of every release.'), []);
  });

  it('what is on the roadmap is a plan', () => {
    assert.deepEqual(idsIn('An ISO 27001 certification is on our roadmap.'), []);
    assert.deepEqual(idsIn('Roadmap: yearly penetration tests by an outside firm.'), []);
    assert.deepEqual(idsIn('The app has no remotes, and a SOC 2 audit is on the roadmap for 2027.'), ['no-remotes']);
    assert.deepEqual(idsIn('We hold an ISO 27001 certification.'), ['certifications']);
  });

  it('the hosts, then "only" at the clause\'s end, are the only places data goes', () => {
    assert.deepEqual(read('Requests go to hooks.slack.com only.'), [['egress-only-to', { hosts: ['hooks.slack.com'] }]]);
    assert.deepEqual(idsIn('Calls go to api.github.com only when you link a repository.'), []);
    // "only" restricts the purpose between, not the places.
    assert.deepEqual(idsIn('Data is sent to OpenAI to generate summaries only.').includes('egress-only-to'), false);
    assert.deepEqual(idsIn('Issue text is sent to api.deepl.com for translation only.').includes('egress-only-to'), false);
    assert.deepEqual(read('Requests go to api.github.com and to hooks.slack.com only.'), [['egress-only-to', { hosts: ['api.github.com', 'hooks.slack.com'] }]]);
  });

  it('tracking code loaded, or data sent to a kind of tool, denies vendors of that kind', () => {
    assert.deepEqual(read('No tracking code is loaded.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('The settings page loads no analytics scripts.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('We use no error tracker.'), [['third-parties-exactly', { parties: [], categories: ['error-tracking'] }]]);
    assert.deepEqual(read('Nothing is reported to any monitoring tool.'), [['third-parties-exactly', { parties: [], categories: ['monitoring'] }]]);
    assert.deepEqual(idsIn('The app loads no issue data until you open the panel.'), []);
  });

  it('"modifies nothing" denies content changed, and every change in the product it names', () => {
    assert.deepEqual(read('The app only displays your worklogs and modifies nothing.'), [['no-content-create-edit-delete', { object: 'content', actions: ['create', 'edit', 'delete'] }]]);
    assert.deepEqual(read('The macro changes nothing in Confluence.'), [['no-content-create-edit-delete', { object: 'page', actions: ['create', 'edit', 'delete'], anything: true }]]);
    assert.deepEqual(idsIn('Turning the feature off changes nothing about how Jira permissions work.'), []);
    assert.deepEqual(idsIn('The app never edits anything without your approval.'), []);
    // The app changes nothing, not a mode, an act or a page of its own.
    assert.deepEqual(idsIn('Preview mode changes nothing.'), []);
    assert.deepEqual(idsIn('Uninstalling the app changes nothing in Jira.'), []);
    assert.deepEqual(idsIn('The settings page modifies nothing in Confluence.'), []);
    assert.deepEqual(read('The app is doing only reading access on Confluence, it modifies nothing.'), [['no-content-create-edit-delete', { object: 'content', actions: ['create', 'edit', 'delete'] }]]);
    assert.deepEqual(read('Ticket Mover does not change anything in Jira.'), [['no-content-create-edit-delete', { object: 'issue', actions: ['create', 'edit', 'delete'], anything: true }]]);
  });

  it('scopes limited to what the code uses, or none unused, are least privilege', () => {
    assert.deepEqual(idsIn('OAuth scopes are restricted to those the code actually uses.'), ['least-privilege-scopes']);
    assert.deepEqual(idsIn('The manifest has no scope that isn\'t needed.'), ['least-privilege-scopes']);
    assert.deepEqual(idsIn('Every declared permission is used by the app.'), ['least-privilege-scopes']);
    assert.deepEqual(idsIn('Each scope is used for the purpose listed below.'), []);
  });

  it('a vendor that receives no identifiers, named as a later clause\'s subject or before "the prompt"', () => {
    assert.deepEqual(read('Invoices are created by Paddle, and Paddle never receives a Confluence account ID from us.'), [['payment-processor-no-identifiers', { processor: 'Paddle' }]]);
    assert.deepEqual(idsIn('Transcripts go to Anthropic for the summary; Anthropic never sees the speaker\'s e-mail address.').includes('no-identifiers-to-vendor'), true);
    assert.deepEqual(idsIn('We call OpenAI for suggestions; the prompt includes the issue summary but no display names.').includes('no-identifiers-to-vendor'), true);
    assert.deepEqual(idsIn('Users receive a weekly digest, and admins never see account IDs.'), []);
    assert.deepEqual(idsIn('The prompt carries the page text but never the author\'s account ID.'), []);
  });

  it('"No AI." alone, or opening a run of denials, names no AI provider', () => {
    assert.deepEqual(read('No LLMs.'), [['ai-providers-and-data', { providers: [], any: true }]]);
    assert.deepEqual(read('No AI, no cookies.'), [['ai-providers-and-data', { providers: [], any: true }]]);
    assert.deepEqual(idsIn('No AI-generated content is stored.'), ['no-page-content-stored']);
  });

  it('"logs no …" and logs of which "none … contains" End-User Data', () => {
    assert.deepEqual(idsIn('The app logs no comment text.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The service writes logs, but none of them contains account IDs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The logs no longer hold issue content after 30 days.'), []);
  });

  it('a scope name is no content the sentence names: "read-only" then covers all content', () => {
    assert.deepEqual(read('Version 4 no longer asks for write:confluence-content; the macro is read-only.'), [['no-content-create-edit-delete', { object: 'content', actions: ['create', 'edit', 'delete'] }]]);
    assert.deepEqual(read('We removed write:page:confluence, so the app is read-only.'), [['no-content-create-edit-delete', { object: 'content', actions: ['create', 'edit', 'delete'] }]]);
    assert.deepEqual(read('The app is read-only and never alters your work items.'), [['no-content-create-edit-delete', { object: 'issue', actions: ['edit'] }]]);
  });

  it('data that stays "there" until a person named by what they run deletes it is kept until deleted', () => {
    assert.deepEqual(idsIn('Drafts stay there until you delete them.'), ['kept-until-deleted']);
    assert.deepEqual(idsIn('Cards are kept until the board owner deletes them.'), ['kept-until-deleted']);
    assert.deepEqual(idsIn('Drafts stay there until the board owner removes the app.').includes('kept-until-deleted'), false);
  });

  it('"has not any" reads as "has no"', () => {
    assert.deepEqual(idsIn('The app has not any remote.'), ['no-remotes']);
    assert.deepEqual(idsIn('We have not any server for the app.'), ['no-external-backend']);
  });

  it('what the app keeps, said in a later clause or answering where data is hosted, is kept in Atlassian', () => {
    assert.deepEqual(idsIn('I run no database; whatever the macro remembers sits in Forge storage.').includes('storage-only-atlassian'), true);
    assert.deepEqual(inStatement('faq.md', 'Where is customer data hosted?\n\nIn the Forge storage of your site.'), ['storage-only-atlassian']);
    assert.deepEqual(inStatement('faq.md', 'Where is your app hosted?\n\nIn Jira, as a Forge app.'), []);
  });

  it('a denial of training with AI is not a denial of AI', () => {
    assert.deepEqual(idsIn('No AI is used to train models on your data.').includes('ai-providers-and-data'), false);
    assert.deepEqual(idsIn('No AI is used to train models on your data.').includes('no-ai-training'), true);
    assert.deepEqual(read('No AI, no tracking, no nonsense: just a fast Jira panel.').find(([id]) => id === 'ai-providers-and-data'), ['ai-providers-and-data', { providers: [], any: true }]);
    assert.deepEqual(read('No AI services are used.'), [['ai-providers-and-data', { providers: [], any: true }]]);
  });

  it('what the user cannot see, or more than they can, is not read as the user', () => {
    assert.deepEqual(idsIn('The app can read issues the user can\'t see, because it calls Jira as the app.').includes('calls-as-user'), false);
    assert.deepEqual(idsIn('It reads issues that the user can view, and also issues in restricted projects.').includes('calls-as-user'), false);
    assert.deepEqual(idsIn('The app only sees issues the current user can see.'), ['calls-as-user']);
  });

  it('a vendor as the agent of a passive denial keeps nothing of the app\'s', () => {
    assert.deepEqual(idsIn('Zero data retention: prompts sent to OpenAI are not stored by OpenAI.').includes('no-data-stored'), false);
    assert.deepEqual(idsIn('Data is not stored by OpenAI.'), []);
    assert.deepEqual(idsIn('Data is not stored by the app.'), ['no-data-stored']);
  });
});
