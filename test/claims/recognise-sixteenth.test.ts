/** Wordings held-out-10 showed misread or unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (file: string, text: string): string[] => recogniseClaims(readStatement(file, text)).map((r) => r.claim.id).sort();

describe('recognising held-out-10\'s kinds', () => {
  it('a condition after a colon holds only what follows the colon', () => {
    assert.deepEqual(idsIn('The app keeps all of its data in Forge storage: if you uninstall it, Atlassian deletes that data.'), ['storage-only-atlassian']);
    assert.deepEqual(idsIn('Export files: if you ask for one, we keep it for 7 days.'), []);
    assert.deepEqual(idsIn('If you enable exports, the app keeps all of its data in Forge storage.'), []);
  });

  it('an app or its data pinned to a location, or moved with the site, is data residency supported', () => {
    assert.deepEqual(idsIn('App data can be pinned to the same location as your Confluence site.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('The app is eligible for PINNED status.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('When you move your Jira site to a new region, the app\'s data is migrated with your site.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('The app cannot be pinned to a location.'), []);
    // The site pinned says nothing of the app.
    assert.deepEqual(idsIn('Your Jira site is pinned to the EU.'), []);
  });

  it('"Coming soon:" and "Coming in 3.0:" are plans', () => {
    assert.deepEqual(idsIn('Coming in 3.0: an option to keep all data in Forge storage.'), []);
    assert.deepEqual(idsIn('Coming soon: deletion of exports after 30 days.'), []);
    assert.deepEqual(idsIn('All data is kept in Forge storage.'), ['storage-only-atlassian']);
  });

  it('what Atlassian holds, maintains or retains is its own practice', () => {
    assert.deepEqual(idsIn('Atlassian holds ISO 27001 and SOC 2 certifications for the Forge platform.'), []);
    assert.deepEqual(idsIn('Atlassian retains Forge invocation logs for 14 days.'), []);
    assert.deepEqual(idsIn('We hold ISO 27001 and SOC 2 certifications.'), ['certifications']);
  });

  it('"save as set out in …" is an exception that names nothing; "save for Stripe" names Stripe', () => {
    assert.deepEqual(idsIn('We do not share customer data with anyone, save as set out in our sub-processor list.'), []);
    assert.deepEqual(idsIn('The App does not transmit Customer Data to any system outside the Atlassian Cloud, save as expressly set out in Schedule 2.'), []);
    assert.deepEqual(read('We do not share customer data with anyone, save for Stripe.').map(([id, params]) => [id, params.except]), [['no-end-user-data-to-third-parties', ['Stripe']]]);
  });

  it('"our company\'s servers" and "the servers of our company" are the vendor\'s', () => {
    assert.deepEqual(idsIn('No customer data is kept on our company\'s servers.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('Issue text is never saved on the servers of our company.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('This app does not carry out the saving of the customer\'s data on the server of our company.'), ['no-customer-content-outside-atlassian']);
  });

  it('End-User Data denied in logs by "process", "store" or "keep" is the logs claim, not all storage', () => {
    assert.deepEqual(idsIn('We do not process End-User Data in application logs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The app does not process and/or store End-User Data in logs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The app doesn\'t store customer data in its logs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The app does not store any data.'), ['no-data-stored']);
    // Logs "outside of Atlassian" leave the app free to log within Forge.
    assert.ok(!idsIn('The app does not process and/or store End-User Data in logs outside of Atlassian products and services.').includes('no-end-user-data-in-logs'));
  });

  it('a table pasted with tabs is read as a table', () => {
    assert.deepEqual(inStatement('answers.txt', 'Topic\tAnswer\nDoes the app store personal data?\tNo\n'), ['no-personal-data-stored']);
    assert.deepEqual(inStatement('answers.md', 'Topic\tAnswer\nDoes the app store personal data?\tNo\n'), ['no-personal-data-stored']);
    // Rows of unequal cells are no table.
    assert.deepEqual(inStatement('answers.md', 'Topic\tAnswer\nDoes the app store personal data?\tNo\tsee below\n'), []);
  });

  it('an emoji at the start of a line is a bullet; a no-entry sign is a cross', () => {
    const text = '🔐 Nothing is sent outside Atlassian\n⛔ Analytics SDKs\n';
    assert.deepEqual(inStatement('s.md', text), ['no-egress', 'third-parties-exactly']);
    assert.deepEqual(inStatement('s.txt', text), ['no-egress', 'third-parties-exactly']);
    assert.deepEqual(inStatement('s.md', '🚀 Quick install\n🎨 Custom themes\n'), []);
    assert.deepEqual(idsIn('🔒 Nothing leaves your Atlassian site'), ['no-egress']);
  });

  it('a line that starts with the participle names where data is', () => {
    assert.deepEqual(read('Hosted in the EU (Frankfurt)'), [['data-region', { area: 'EU', place: 'EU' }]]);
    assert.deepEqual(inStatement('s.md', '- Stored in the EU (AWS Ireland)\n- Encrypted at rest\n'), ['data-region', 'encryption-at-rest']);
    assert.deepEqual(idsIn('Stored in Forge storage.'), []);
  });

  it('secrets kept out of "the app\'s source code", or in Forge\'s secret storage', () => {
    assert.deepEqual(idsIn('No API keys, tokens or passwords are kept in the app\'s source code.'), ['no-secrets-in-source']);
    assert.deepEqual(idsIn('The OpenAI API key lives in Forge\'s encrypted secret storage.'), ['no-secrets-in-source']);
  });

  it('a retention column or a retention list gives each row\'s period, and a log\'s period stays the log\'s', () => {
    const periods = (text: string) => recogniseClaims(readStatement('s.md', text)).filter((r) => r.claim.id === 'retention-period').map((r) => r.params.period);
    assert.deepEqual(periods('| Item | Kept for |\n|---|---|\n| Draft reports | 14 days |\n| Preferences | until you uninstall |\n'), ['14 days']);
    assert.deepEqual(periods('How long we keep data:\n- chat transcripts: 30 days\n- error logs: 14 days\n'), ['30 days']);
    assert.deepEqual(periods('Retention:\n- audit logs: 1 year\n'), []);
    // A column of another kind says nothing of retention.
    assert.deepEqual(periods('| Item | Size |\n|---|---|\n| Draft reports | 14 days |\n'), []);
  });

  it('a deletion "every" period, or "at the latest after" one, is the longest data is kept', () => {
    assert.deepEqual(read('We purge cached issue data every 6 hours.'), [['retention-period', { period: '6 hours' }]]);
    assert.deepEqual(read('Share links are deleted once used, and at the latest after 7 days.'), [['retention-period', { period: '7 days', data: 'links' }]]);
    assert.deepEqual(idsIn('We don\'t delete anything every night.'), []);
    assert.deepEqual(idsIn('Audit logs are purged every 30 days.'), []);
  });

  it('a count of parties followed by their names is the list; named vendors "or any similar tool" stand for their kind', () => {
    assert.deepEqual(idsIn('We work with three sub-processors: Heroku for hosting, Postmark for e-mail and Sentry for error reports.'), ['third-parties-exactly']);
    assert.deepEqual(idsIn('We work with three sub-processors, listed on our website.'), []);
    assert.deepEqual(idsIn('Our sub-processors are listed on our website.'), []);
    assert.deepEqual(read('The app does not load Mixpanel, Amplitude or any other similar service.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(idsIn('We don\'t use Slack or any similar tool.'), []);
    assert.deepEqual(read('The app has no third-party integrations.'), [['third-parties-exactly', { parties: [] }]]);
  });

  it('outbound requests "limited to" hosts, reports "acknowledged within" by what was reported, identifiers and "nothing else about users"', () => {
    assert.deepEqual(read('Outbound requests are limited to api.openai.com and hooks.slack.com.'), [['egress-only-to', { hosts: ['api.openai.com', 'hooks.slack.com'] }]]);
    assert.deepEqual(idsIn('Vulnerabilities reported to our security address are acknowledged within two business days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('Vulnerabilities are fixed within 30 days.'), ['vulnerability-remediation']);
    assert.deepEqual(read('We store Atlassian account IDs and nothing else about users.'), [['collects-only', { kinds: ['account-id'] }]]);
  });

  it('log entries that record some things and "no" identifiers keep End-User Data out of logs', () => {
    assert.deepEqual(idsIn('Log entries record the event type and a timestamp — no issue keys, no account IDs, no content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Log entries include the reporter\'s e-mail address.'), []);
  });

  it('"None." answers a yes-or-no question as "No." does, and a "Which …?" question as its list', () => {
    assert.deepEqual(inStatement('faq.md', 'Q: Does your app use any subprocessors?\nA: None.\n'), ['third-parties-exactly']);
    assert.deepEqual(inStatement('faq.md', 'Does the app keep personal data?\n\nNone — it keeps board settings only.\n'), ['no-personal-data-stored']);
    assert.deepEqual(inStatement('faq.md', 'Which sub-processors do you use?\nNone.\n'), ['third-parties-exactly']);
  });

  it('all processing inside Atlassian, named bare, is no back end of the vendor\'s, as "… within Atlassian\'s infrastructure" is', () => {
    assert.deepEqual(idsIn('All processing happens inside Atlassian.'), ['no-external-backend']);
    // (the results sent to OpenAI name the AI provider the app uses, as "results go to OpenAI" does; no back end is claimed)
    assert.deepEqual(idsIn('All processing takes place within Atlassian and then results are sent to OpenAI.'), ['ai-providers-and-data']);
  });

  it('"In your own Atlassian site" answers where data is stored', () => {
    assert.deepEqual(inStatement('faq.md', 'Where is my data kept?\nInside your own Jira site.\n'), ['storage-only-atlassian']);
    assert.deepEqual(inStatement('faq.md', 'Where is my data kept?\nIn your own Jira site and in our AWS account.\n'), []);
  });

  it('data sent to a vendor with "nothing that identifies a person", or identifiers stripped before it is sent', () => {
    assert.deepEqual(read('Prompts sent to Anthropic contain the issue text and nothing that identifies a person.'), [['no-identifiers-to-vendor', { vendor: 'Anthropic' }]]);
    assert.deepEqual(read('Requests sent to Mistral include the ticket text and nothing that could identify a user.'), [['no-identifiers-to-vendor', { vendor: 'Mistral AI' }]]);
    assert.deepEqual(idsIn('Requests sent to Mistral include the requester\'s e-mail address.'), []);
    assert.deepEqual(read('Sentry receives stack traces only; we strip user IDs and e-mail addresses before an event is sent.'), [['no-identifiers-to-vendor', { vendor: 'Sentry' }]]);
    assert.deepEqual(idsIn('We scrub user IDs before a report is sent.'), []);
    // "could" still hedges a claim of its own.
    assert.deepEqual(idsIn('We could send data to OpenAI.'), []);
  });

  it('"realises no transmission of …" denies the transmitting; "copied out of" a place is data leaving it', () => {
    assert.deepEqual(idsIn('The application realises no transmission of data towards external servers.'), ['no-egress']);
    assert.deepEqual(read('Account IDs are never copied out of your Jira site.'), [['no-personal-data-leaves-atlassian', { kinds: ['account-id'] }]]);
    assert.deepEqual(idsIn('Personal data (account IDs, display names, avatars) is never copied out of Atlassian.'), ['no-personal-data-leaves-atlassian']);
    assert.deepEqual(idsIn('We never copy issue content to our servers.'), ['no-customer-content-outside-atlassian']);
  });

  it('scopes that "are all it requests" are the exact list, closed; a list that goes on is not', () => {
    assert.deepEqual(read('read:jira-work and read:jira-user are all the app requests.'), [['exact-scopes', { scopes: [{ scope: 'read:jira-work' }, { scope: 'read:jira-user' }] }]]);
    assert.deepEqual(idsIn('read:jira-work is all it needs for reading issues, and write:jira-work for comments.'), []);
  });

  it('error or crash reports denied to any third party are no third party of that kind', () => {
    assert.deepEqual(read('The app no longer sends error reports to any third party.'), [['third-parties-exactly', { parties: [], categories: ['error-tracking'] }]]);
    assert.deepEqual(read('We do not send data to third parties.'), [['third-parties-exactly', { parties: [] }]]);
  });

  it('a plan holds its own clause, not the one after it', () => {
    assert.deepEqual(read('Data residency is not supported yet: our database runs in us-east-1 only.'), [['data-region', { area: 'US', place: 'us-east-1' }]]);
    assert.deepEqual(read('Custom retention periods are not supported yet, but exports are deleted after 14 days.'), [['retention-period', { period: '14 days', data: 'exports' }]]);
    assert.deepEqual(idsIn('We are not SOC 2 certified yet: we plan to start an audit in spring.'), []);
    assert.deepEqual(idsIn('Nothing is stored in the EU region yet.'), []);
  });
});
