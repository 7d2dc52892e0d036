/** Wordings the twentieth round's held-out splits and its note left, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();

describe('recognising the twentieth round\'s leftovers', () => {
  it('an organisational commitment its own clause denies is a disclosure, not the commitment', () => {
    assert.deepEqual(idsIn('Data is not encrypted at rest.'), []);
    assert.deepEqual(idsIn('Attachments are not encrypted at rest by the app.'), []);
    assert.deepEqual(idsIn('We do not require multi-factor authentication for customer accounts.'), []);
    assert.deepEqual(idsIn('Our support engineers never ask you to turn off two-factor authentication.'), []);
    assert.deepEqual(idsIn('The export is not a substitute for a backup of your site.'), []);
    // Two negations undo each other; a negation after the words, or in a clause before them, denies nothing of them.
    assert.deepEqual(idsIn('Nobody on our team can reach production without MFA.'), ['mfa']);
    assert.deepEqual(idsIn('MFA is not optional for our staff.'), ['mfa']);
    assert.deepEqual(idsIn('We keep no copy of your pages; our database is encrypted at rest.'), ['encryption-at-rest', 'no-page-content-stored']);
    // "There are none" is the certifications claim itself.
    assert.deepEqual(idsIn('We do not hold any SOC 2 certification.'), ['certifications']);
  });

  it('a question and its answer on one line: the question asks, only the answer claims', () => {
    assert.deepEqual(idsIn('Are my issues backed up by you? The app keeps no copy of them.'), []);
    assert.deepEqual(idsIn('Is my data encrypted? Atlassian encrypts Forge storage at rest.'), []);
    assert.deepEqual(idsIn('Do you store page content? We store no page content at all.'), ['no-page-content-stored']);
  });

  it('a need stated by two negations ("does not work without ...") denies nothing the app does', () => {
    assert.deepEqual(idsIn('The gadget will not load without a connection to Jira.'), []);
    assert.deepEqual(idsIn('The panel doesn\'t work without an internet connection.'), []);
    assert.deepEqual(idsIn('Nothing leaves Atlassian; the app will not run without a Jira licence.'), ['no-egress']);
  });

  it('content not deleted on uninstall is what uninstalling leaves, no promise about the app\'s calls', () => {
    assert.deepEqual(idsIn('Existing issues are not deleted on uninstall.'), []);
    assert.deepEqual(idsIn('Uninstalling the app does not delete any of your issues.'), []);
    assert.deepEqual(read('The app never deletes issues.'), [['no-content-create-edit-delete', { object: 'issue', actions: ['delete'] }]]);
  });

  it('machines or computers the vendor runs are the vendor\'s servers', () => {
    assert.deepEqual(read('No issue content is kept on computers we run.'), [['no-customer-content-outside-atlassian', { content: true }]]);
    assert.deepEqual(read('No customer data is held on machines we operate.'), [['no-customer-content-outside-atlassian', {}]]);
    assert.deepEqual(idsIn('No customer data is kept on our machines.'), ['no-customer-content-outside-atlassian']);
  });

  it('the vendor that receives no copy of the content: egress denied, no keeping; the app receiving a copy claims nothing', () => {
    assert.deepEqual(idsIn('Our engineers never receive a copy of your pages.'), ['no-egress']);
    assert.deepEqual(idsIn('Neither the app nor its makers receive your issues.'), ['no-egress']);
    assert.deepEqual(idsIn('The app receives a copy of the page when you open it.'), []);
    assert.deepEqual(idsIn('The app never receives a copy of your pages.'), []);
    assert.deepEqual(idsIn('We hold no copy of your issues.'), ['no-page-content-stored']);
  });

  it('"our only logs" are logs, and what "they" hold is what the logs hold', () => {
    assert.deepEqual(idsIn('Our only logs are those Forge keeps, and they hold no issue text.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Its only logs are the platform\'s, and they carry no page content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The only logs we keep are Forge\'s own, and they contain no page text.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The app only logs error codes, never page content.'), ['no-end-user-data-in-logs']);
  });

  it('the product\'s content alone, sent nowhere outside Atlassian, is egress denied for that content', () => {
    assert.deepEqual(read('Issue text is never sent to our servers.'), [['no-egress', { content: true }]]);
    assert.deepEqual(read('Comment bodies are never forwarded to our backend.'), [['no-egress', { content: true }]]);
    assert.deepEqual(read('Page text is never sent to our servers.'), [['no-egress', { content: true }]]);
    // Not with other data sent beside it, nor to logs.
    assert.deepEqual(idsIn('Page text is never sent to our servers, but account IDs are.'), []);
    assert.deepEqual(idsIn('Comment text is not sent to our logs.'), ['no-end-user-data-in-logs']);
  });

  it('kept in the product ("live in Jira", "written back to the issue") and not kept anywhere else is stored only in Atlassian', () => {
    assert.ok(idsIn('Your issues live in Jira and are not kept anywhere else.').includes('storage-only-atlassian'));
    assert.ok(idsIn('Translations are saved back to the page and are not kept anywhere else.').includes('storage-only-atlassian'));
    assert.ok(idsIn('Your tickets live in Jira Service Management and are never stored anywhere else.').includes('storage-only-atlassian'));
    // Not on the vendor's servers, nor one kind of data in one store alone.
    assert.deepEqual(idsIn('Diagrams are stored on our servers and are not kept anywhere else.'), []);
    assert.deepEqual(idsIn('Some of the app\'s data lives in Forge storage.'), []);
  });

  it('a plain location of one kind of data, and encryption with no place or passage named, claim nothing (the conventions)', () => {
    assert.deepEqual(idsIn('Board preferences are stored in Forge storage.'), []);
    assert.deepEqual(idsIn('Reminders are saved in your Confluence site.'), []);
    assert.deepEqual(idsIn('Comments are stored in your Jira instance.'), []);
    assert.deepEqual(idsIn('There is nothing we leave unencrypted.'), []);
    assert.deepEqual(idsIn('There\'s nothing we don\'t encrypt.'), []);
  });

  it('calls denied leaving Atlassian, an app that never phones home, and calls that go only to Atlassian are no egress', () => {
    assert.deepEqual(read('No calls ever leave your Atlassian site.'), [['no-egress', {}]]);
    assert.deepEqual(read('No traffic from the app leaves Atlassian.'), [['no-egress', {}]]);
    assert.deepEqual(read('Our macro never phones home.'), [['no-egress', {}]]);
    assert.deepEqual(read('Calls from the app go only to the Confluence REST API.'), [['no-egress', {}]]);
    assert.deepEqual(read('Requests go only to Jira\'s own APIs.'), [['no-egress', {}]]);
    assert.deepEqual(read('The add-on talks to nothing but Jira.'), [['no-egress', {}]]);
    assert.deepEqual(read('The plugin connects to nothing but your Confluence site.'), [['no-egress', {}]]);
    // Another destination beside Atlassian is no such claim.
    assert.deepEqual(idsIn('The add-on talks to nothing but Jira and our licensing server.'), []);
    assert.deepEqual(idsIn('Calls go only to the Jira REST API and to Slack.'), ['egress-only-to']);
  });

  it('anything the app saves, or what is held only in the product, is stored only in Atlassian', () => {
    assert.deepEqual(read('Anything the gadget records is kept in your Atlassian site.'), [['storage-only-atlassian', {}]]);
    assert.deepEqual(read('Whatever you enter is held only in your Jira site.'), [['storage-only-atlassian', {}]]);
    assert.deepEqual(idsIn('Anything the app saves is kept in our database.'), []);
  });

  it('another edition named as the sentence\'s label or opening ("Data Center:", "On Server, ...") claims nothing of the Cloud app', () => {
    assert.deepEqual(idsIn('On Server, the add-on keeps its settings in your own database and sends nothing anywhere.'), []);
    assert.deepEqual(idsIn('Data Center edition: no outbound calls.'), []);
    assert.deepEqual(idsIn('For Confluence Data Center users, nothing leaves your network.'), []);
    assert.deepEqual(idsIn('Our server never stores page content.'), ['no-customer-content-outside-atlassian']);
    // A label "Server:" alone may say where the Cloud app runs.
    assert.deepEqual(idsIn('Server: Atlassian Forge, no external back end.'), ['no-external-backend']);
  });

  it('a certification denied in a clause of its own after Atlassian\'s is the vendor\'s statement that it has none', () => {
    assert.deepEqual(idsIn('Forge is covered by Atlassian\'s ISO 27001 certificate, but we have no certification of our own.'), ['certifications']);
    assert.deepEqual(idsIn('Atlassian\'s ISO 27001 certificate covers Forge; our team follows its own security policy.'), []);
    assert.deepEqual(idsIn('We rely on Atlassian\'s SOC 2 report.'), []);
  });

  it('non-native forms read as the verb and the place they mean', () => {
    assert.deepEqual(idsIn('The plugin doesn\'t stores personal datas.'), ['no-personal-data-stored']);
    assert.deepEqual(idsIn('We do not sends any informations outside from Atlassian.'), ['no-egress']);
    assert.deepEqual(idsIn('All of the datas remain inside of your Jira site.'), ['storage-only-atlassian']);
  });

  it('personal data never written to storage or to logs is neither stored nor logged', () => {
    assert.deepEqual(read('E-mail addresses are never written to disk or to logs.'), [['no-end-user-data-in-logs', {}], ['no-personal-data-stored', { kinds: ['email'] }]]);
    assert.deepEqual(idsIn('Personal data is never written to logs.'), ['no-end-user-data-in-logs']);
  });
});
