/** Wordings held-out-14 showed misread or unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const inStatement = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);

describe('recognising held-out-14\'s kinds', () => {
  it('organisational wordings: a hardware key at sign-in, access limited to named people, support access only when asked', () => {
    assert.deepEqual(idsIn('Engineers log in to the admin console with a hardware key and a password.'), ['mfa']);
    assert.deepEqual(idsIn('The office has a hardware key cabinet.'), []);
    assert.deepEqual(idsIn('Access to our databases is restricted to three designated administrators.'), ['access-control']);
    assert.deepEqual(idsIn('We do not log in to a customer\'s site unless they ask us to in a support ticket.'), ['access-control']);
    assert.deepEqual(idsIn('We never access your data.'), []);
  });

  it('organisational wordings: suppliers assessed, support days, a sign-off before each release', () => {
    assert.deepEqual(idsIn('We evaluate the security of each new sub-processor before we engage it.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('We assess the security of our product regularly.'), []);
    assert.deepEqual(idsIn('Tickets are handled Mon\u2013Fri, 8:00 to 18:00 CET.'), ['support-hours']);
    assert.deepEqual(idsIn('Our office is closed Monday to Friday during the holidays.'), []);
    assert.deepEqual(idsIn('Before every release, a second developer reviews any new permission.'), ['reviewed-before-release']);
    assert.deepEqual(idsIn('Before each release we update the changelog.'), []);
  });

  it('scopes kept to the minimum, unlicensed sites turned away, calls handled on behalf of the user', () => {
    assert.deepEqual(idsIn('Permissions are kept to the bare minimum.'), ['least-privilege-scopes']);
    assert.deepEqual(idsIn('Unlicensed sites see a notice instead of the board.'), ['licensing-enforced']);
    assert.deepEqual(idsIn('Unlicensed users were common in the beta.'), []);
    assert.deepEqual(idsIn('Authentication to Confluence is handled by Forge on behalf of the current user.'), ['calls-as-user']);
  });

  it('a changelog\'s "now": read-only, an expiry from a named store, a report that now runs on a cadence', () => {
    assert.deepEqual(idsIn('The macro is now read-only.'), ['no-content-create-edit-delete']);
    assert.equal(paramOf('Cached previews expire from the cache after 2 days.', 'retention-period', 'period'), '2 days');
    assert.equal(paramOf('Exports are deleted from our bucket (us-east-2) 14 days after they are created.', 'retention-period', 'period'), '14 days');
    assert.equal(paramOf('Outgoing e-mails sit in the outbox for up to 12 hours.', 'retention-period', 'period'), '12 hours');
    assert.equal(paramOf('The personal data report now runs every night.', 'personal-data-reporting', 'cadence'), 'daily');
  });

  it('"any organisation outside Atlassian" is a recipient, as "anyone outside Atlassian" is', () => {
    assert.ok(idsIn('We never share customer data with any company outside Atlassian.').includes('no-end-user-data-to-third-parties'));
    assert.ok(idsIn('Customer data is not shared with any business outside Atlassian.').includes('no-end-user-data-to-third-parties'));
    assert.deepEqual(idsIn('We do not share customer data with any organisation.'), []);
  });

  it('identifiers withheld from a vendor named as the first object, by a pronoun, stripped, or in a relative clause', () => {
    assert.equal(paramOf('We send DeepL the text only, never the author\'s account ID.', 'no-identifiers-to-vendor', 'vendor'), 'DeepL');
    assert.deepEqual(idsIn('We use Segment for analytics but never send it e-mail addresses.'), ['no-identifiers-to-vendor']);
    assert.deepEqual(idsIn('Crashes are reported to Bugsnag with user names and e-mails stripped out first.'), ['no-identifiers-to-vendor']);
    assert.equal(paramOf('Billing runs through Stripe, which receives the plan and seat count but never an account ID.', 'payment-processor-no-identifiers', 'processor'), 'Stripe');
    assert.deepEqual(idsIn('Billing runs through Stripe, which receives the account ID and the plan.'), []);
    assert.deepEqual(idsIn('We use Sentry and send it account IDs.'), []);
    assert.deepEqual(idsIn('We send Slack the issue key, and the assignee\'s e-mail address.'), []);
  });

  it('"off the platform" is outside Atlassian, and no fetch or egress hosts is no egress', () => {
    assert.deepEqual(idsIn('It sends no data off the platform.'), ['no-egress']);
    assert.deepEqual(idsIn('The manifest lists no egress hosts.'), ['no-egress']);
    assert.deepEqual(idsIn('The app has no external fetch permissions.'), ['no-egress']);
  });

  it('the app\'s data in Forge KVS, a "Storage:" label naming KVS alone, a "Hosting:" label naming Forge alone', () => {
    assert.deepEqual(idsIn('The app keeps its data in Forge KVS.'), ['only-forge-kv']);
    assert.deepEqual(idsIn('Storage: Forge KVS only'), ['only-forge-kv', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('Storage: Forge KVS and our Postgres database'), []);
    assert.deepEqual(idsIn('Hosting: Atlassian Forge'), ['no-external-backend']);
    assert.deepEqual(idsIn('Hosting: Forge and Heroku'), []);
  });

  it('a GDPR record\'s "Recipients:" label lists the parties', () => {
    assert.deepEqual(idsIn('Recipients: Sentry (error tracking)'), ['third-parties-exactly']);
    assert.deepEqual(idsIn('Recipients: the customer\'s admins'), []);
  });

  it('data not replicated outside a country, and a cloud region named by its city', () => {
    assert.equal(paramOf('Customer data is not replicated outside the United Kingdom.', 'data-region', 'area'), 'GB');
    assert.equal(paramOf('All data is held in AWS Sydney.', 'data-region', 'place'), 'Sydney');
    assert.deepEqual(idsIn('Our support team sits in Sydney.'), []);
  });

  it('a lead-in that closes the list after a colon ("We store only the following:") names the data of its items', () => {
    assert.deepEqual(inStatement('We store only the following:\n\n1. the Atlassian account ID of the approver\n2. the date of each approval'), [['collects-only', { kinds: ['account-id'] }]]);
    assert.deepEqual(inStatement('Only these fields are kept:\n\n- the e-mail address of the requester\n- the ticket number'), [['collects-only', { kinds: ['email'] }]]);
  });

  it('personal data denied but for what the exception names: the exception is the list', () => {
    assert.deepEqual(read('The app stores no personal data except account IDs.'), [['collects-only', { kinds: ['account-id'] }]]);
    assert.deepEqual(read('We do not store personal data (other than the account ID of each author).'), [['collects-only', { kinds: ['account-id'] }]]);
    // "beyond" an identifier is an exception, not a place beyond Atlassian.
    assert.deepEqual(read('We keep no personal data beyond the display name of each reviewer.'), [['collects-only', { kinds: ['display-name'] }]]);
    assert.deepEqual(idsIn('We keep no personal data other than as required by law.'), ['no-personal-data-stored']);
    assert.deepEqual(idsIn('We collect no personal data beyond what Jira already provides.'), []);
    assert.deepEqual(idsIn('We only store account IDs, except where you export them.'), []);
  });

  it('a question of a state answered "Yes" affirms it ("Is the gadget Runs on Atlassian eligible? Yes.")', () => {
    assert.deepEqual(idsIn('Is the gadget Runs on Atlassian eligible? Yes.'), ['runs-on-atlassian']);
    assert.deepEqual(idsIn('Is the macro read-only? Yes.'), ['no-content-create-edit-delete']);
    assert.deepEqual(idsIn('Is the app eligible for a discount? Yes.'), []);
  });

  it('data denied to "an" AI provider outside Atlassian names none; a provider as the first object is the one used', () => {
    assert.deepEqual(paramOf('Nothing you type is passed to an external AI service.', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(paramOf('The assistant uses Atlassian\'s own models; no ticket text is sent to an LLM provider outside Atlassian.', 'ai-providers-and-data', 'providers'), []);
    assert.ok(!idsIn('No issue text is sent to an analytics provider.').includes('ai-providers-and-data'));
    assert.deepEqual(paramOf('We send Anthropic the page title and body.', 'ai-providers-and-data', 'providers'), ['Anthropic']);
    assert.deepEqual(idsIn('We send Slack the issue key.'), []);
  });

  it('a run of denials, after a label or between middle dots, denies each of its kinds, AI too', () => {
    assert.deepEqual(paramOf('Overview: no remotes \u00b7 no egress \u00b7 no AI', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(idsIn('Overview: no remotes \u00b7 no egress \u00b7 no AI'), ['ai-providers-and-data', 'no-egress', 'no-remotes']);
    assert.deepEqual(paramOf('No cookies, no tracking, no AI.', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(paramOf('Tracking: no cookies and no analytics.', 'third-parties-exactly', 'categories'), ['analytics']);
    assert.deepEqual(idsIn('No remotes, no egress, and no AI training.'), ['no-ai-training', 'no-egress', 'no-remotes']);
    assert.deepEqual(idsIn('Note: no analytics yet, but we plan to add some.'), []);
  });

  it('Atlassian deleting the app\'s data on uninstall is the app\'s claim; all data kept until uninstall is deleted on it', () => {
    assert.deepEqual(idsIn('Atlassian removes the app\'s data when you uninstall it.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('Atlassian deletes your site\'s backups after 30 days.'), []);
    assert.deepEqual(idsIn('Data is kept until the app is uninstalled.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('Retention: until uninstall'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('Settings stay until you uninstall the app.'), []);
  });

  it('a store of Atlassian\'s "instead of" or "rather than" on the vendor\'s servers keeps nothing outside Atlassian', () => {
    assert.deepEqual(idsIn('We keep summaries in Confluence instead of on our own servers.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('The app keeps its index in Forge storage rather than on our servers.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('We keep summaries on our own servers instead of in Confluence.'), []);
  });
});
