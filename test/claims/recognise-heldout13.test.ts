/** Wordings held-out-13 showed misread or unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const inStatement = (text: string): string[] => recogniseClaims(readStatement('statement.md', text)).map((r) => r.claim.id).sort();

describe('recognising held-out-13\'s kinds', () => {
  it('a question answered on its own line reads as the question and its answer', () => {
    assert.deepEqual(idsIn('Is customer data used to train models? No, never.'), ['no-ai-training']);
    assert.deepEqual(idsIn('Is data encrypted at rest? Yes, by the platform.'), ['encryption-at-rest']);
    assert.deepEqual(idsIn('Does the app send e-mails? Yes, when you ask it to.'), []);
    assert.deepEqual(idsIn('Is there a public status page? Yes.'), []);
    // The source stays the line's own.
    assert.equal(recogniseText('Is data encrypted at rest? Yes.', { ...source, line: 7 })[0]?.source.line, 7);
  });

  it('an FAQ accordion\'s triangle is no part of its question', () => {
    assert.deepEqual(inStatement('▸ Where is my data stored?\n\nIn Forge storage, and nowhere else.'), ['storage-only-atlassian']);
    assert.deepEqual(inStatement('▾ Does the app log personal data?\n\nNo.'), ['no-end-user-data-in-logs']);
  });

  it('a mark under a "Yes" or "No" column answers with that column', () => {
    assert.deepEqual(inStatement('| Question | Yes | No |\n|---|---|---|\n| Does the app log personal data? | | X |\n| Is data encrypted at rest? | ✓ | |'), ['encryption-at-rest', 'no-end-user-data-in-logs']);
    assert.deepEqual(inStatement('| Question | Yes | No |\n|---|---|---|\n| Does the app send e-mails? | ✓ | |'), []);
  });

  it('a row\'s topic is read without its aside, in up to six words, and a short value beside it as its label\'s', () => {
    assert.deepEqual(inStatement('| Control | Answer |\n|---|---|\n| Encrypted in transit (TLS 1.3) | Yes |'), ['encryption-in-transit']);
    assert.deepEqual(inStatement('| Control | Answer |\n|---|---|\n| Personal data used for model training | No |'), ['no-ai-training']);
    assert.deepEqual(inStatement('| Setting | Value |\n|---|---|\n| Marketplace licensing | Enforced |'), ['licensing-enforced']);
    assert.deepEqual(inStatement('| Feature | Available |\n|---|---|\n| Export to PDF (beta) | Yes |'), []);
    assert.deepEqual(inStatement('| Setting | Value |\n|---|---|\n| Theme | Dark |'), []);
  });

  it('a denial the vendor denies affirms, and claims nothing; what follows it may', () => {
    assert.deepEqual(idsIn('It\'s not that we store nothing — we keep your settings in Forge storage.'), []);
    assert.deepEqual(idsIn('It isn\'t true that the app sends no data: reports go to Slack.'), []);
    assert.deepEqual(idsIn('It is not true that we sell data, and the app stores no page content.'), ['no-page-content-stored']);
    assert.deepEqual(idsIn('It is not that we keep no logs: we do, but none of them contains user data.'), ['no-end-user-data-in-logs']);
  });

  it('apps at large ("Apps that carry the badge …") are not the checked app', () => {
    assert.deepEqual(idsIn('An app that has this badge sends nothing outside Atlassian.'), []);
    assert.deepEqual(idsIn('Apps with no remotes qualify for the badge.'), []);
    assert.deepEqual(idsIn('The app sends nothing outside Atlassian.'), ['no-egress']);
  });

  it('vendors named before "or any other <kind> tool" stand for that kind', () => {
    assert.deepEqual(paramOf('We do not use Mixpanel, Segment or any other analytics service.', 'third-parties-exactly', 'categories'), ['analytics']);
    assert.deepEqual(paramOf('We don\'t use Sentry or any other error tracking tool.', 'third-parties-exactly', 'categories'), ['error-tracking']);
    assert.deepEqual(idsIn('We do not use Stripe or any other payment service.'), []);
  });

  it('"nothing else leaves Atlassian" after a place lists that place, and is no denial of all egress', () => {
    assert.deepEqual(paramOf('Translation requests go to api.deepl.com; nothing else leaves Atlassian.', 'egress-only-to', 'hosts'), ['api.deepl.com']);
    assert.ok(!idsIn('Translation requests go to api.deepl.com; nothing else leaves Atlassian.').includes('no-egress'));
    assert.deepEqual(paramOf('The only outbound traffic is to hooks.slack.com.', 'egress-only-to', 'hosts'), ['hooks.slack.com']);
    assert.deepEqual(idsIn('The only external calls go to api.github.com; no other data leaves Atlassian.'), ['egress-only-to']);
    assert.deepEqual(idsIn('Nothing leaves Atlassian.'), ['no-egress']);
  });

  it('an API as the place\'s subject, and the vendor denying processing outside a region', () => {
    assert.equal(paramOf('Our API runs in the US (us-east-1).', 'data-region', 'area'), 'US');
    assert.equal(paramOf('We do not process personal data outside the European Economic Area.', 'data-region', 'area'), 'EU');
    assert.equal(paramOf('We never store customer data anywhere outside the EU.', 'data-region', 'area'), 'EU');
  });

  it('"does not use a third-party AI service" names no provider', () => {
    assert.deepEqual(paramOf('The app does not use a third-party AI service.', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(paramOf('We don\'t use an external LLM.', 'ai-providers-and-data', 'providers'), []);
  });

  it('"…, and nothing more" closes a list of what is kept', () => {
    assert.deepEqual(paramOf('Categories of personal data: e-mail addresses of approvers, and nothing more.', 'collects-only', 'kinds'), ['email']);
    assert.deepEqual(paramOf('The app stores the account ID of each reviewer and nothing more.', 'collects-only', 'kinds'), ['account-id']);
  });

  it('"nothing that identifies you" sent to a named vendor', () => {
    assert.equal(paramOf('Calls to DeepL carry the text alone and nothing that identifies you.', 'no-identifiers-to-vendor', 'vendor'), 'DeepL');
    assert.equal(paramOf('We pass nothing that identifies a user to Paddle.', 'payment-processor-no-identifiers', 'processor'), 'Paddle');
  });

  it('everything the app keeps living in Forge KVS', () => {
    assert.deepEqual(idsIn('Everything the app keeps lives in Forge KVS.'), ['only-forge-kv']);
    assert.ok(idsIn('Backups are easy, because everything lives in Forge KVS.').includes('only-forge-kv'));
  });

  it('organisational commitments in the wordings incident, access and licence pages use', () => {
    assert.deepEqual(idsIn('Our incident playbook lists who is paged and how we escalate.'), ['incident-response-plan']);
    assert.deepEqual(idsIn('Customers hear from us within 48 hours of a confirmed incident.'), ['incident-notification']);
    assert.deepEqual(idsIn('Customers hear from us every month in a newsletter.'), []);
    assert.deepEqual(idsIn('Access rights are reviewed every six months.'), ['access-control']);
    assert.deepEqual(idsIn('Users never type a password into the app.'), ['no-pats-or-shared-secrets']);
    assert.deepEqual(idsIn('The board reads Jira with the permissions of the person opening it.'), ['calls-as-user']);
    assert.deepEqual(idsIn('The app checks the Marketplace licence before it renders.'), ['licensing-enforced']);
    assert.deepEqual(idsIn('Permissions are kept to what the features need.'), ['least-privilege-scopes']);
  });

  it('a pull request\'s metadata is no content as a whole beside source code denied', () => {
    assert.deepEqual(paramOf('The merge check reads pull request metadata only and never stores your source code.', 'no-page-content-stored', 'parts'), ['source code']);
  });

  it('a DPA\'s annex or schedule before a label', () => {
    assert.deepEqual(paramOf('Annex 1 — categories of personal data: e-mail addresses only.', 'collects-only', 'kinds'), ['email']);
    assert.deepEqual(idsIn('Schedule 3: governing law is the law of Ireland.'), []);
  });

  it('scopes labelled by product or edition', () => {
    assert.deepEqual(idsIn('Jira scopes: `read:jira-work` and `storage:app`, nothing else.'), ['exact-scopes']);
  });

  it('a reply time for vulnerability reports, worded by the reporter\'s side', () => {
    assert.deepEqual(idsIn('For vulnerability reports, write to our security desk and we reply within two business days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('To report a security bug, write to us and we respond within 3 days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('Security incidents are reported to Atlassian, and we respond within 4 hours.'), []);
  });

  it('an exception after a denial of egress is its one destination', () => {
    assert.deepEqual(read('No data leaves Atlassian (except the crash reports we send to Sentry).').map(([id]) => id), ['egress-only-to']);
    assert.deepEqual(paramOf('The app makes no calls outside Atlassian, except to hooks.slack.com.', 'egress-only-to', 'hosts'), ['hooks.slack.com']);
    assert.deepEqual(idsIn('No data leaves Atlassian (except what you choose to share).'), []);
  });

  it('a "Where it runs" or "Region" column beside one of the app\'s own components', () => {
    assert.deepEqual(inStatement('| Component | Hosting region |\n|---|---|\n| Backend | AWS us-west-2 |'), ['data-region']);
    assert.deepEqual(inStatement('| Component | Where it runs |\n|---|---|\n| API and database | Ireland |'), ['data-region']);
    assert.deepEqual(inStatement('| Sub-processor | Location |\n|---|---|\n| Postmark | United States |'), ['third-parties-exactly']);
  });

  it('every function of the app running on Forge', () => {
    assert.deepEqual(idsIn('All of the app\'s code runs on Forge.'), ['no-external-backend']);
    assert.deepEqual(idsIn('Every function runs on Forge, and a remote handles exports.'), []);
  });
});
