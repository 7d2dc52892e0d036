/** Wordings earlier rounds left unread, each in its general form, beside the near wordings that must stay as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('recognising the leftovers of earlier rounds', () => {
  it('an app built entirely on Forge has no back end of its own, and a store of Forge named beside it is all its storage', () => {
    assert.deepEqual(idsIn('The app is built entirely on Forge; its configuration is kept in Forge storage.'), ['no-external-backend', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('Acme Planner is built exclusively with Atlassian Forge.'), ['no-external-backend']);
    // ", no customer data is …" opens a clause of its own: the store named before it is not where data is denied
    assert.deepEqual(
      idsIn('As the app is built entirely on Forge, keeps its settings in Forge storage and talks only to your Jira site, no customer data is ever sent to our servers.'),
      ['no-egress', 'no-external-backend', 'storage-only-atlassian'],
    );
    // "servers of ours" are the vendor's, as "our servers" are
    assert.deepEqual(idsIn('No customer data ever goes to servers of ours.'), ['no-egress']);
    // built on Forge (a Forge app with a remote is too), or a part of the app built on Forge
    assert.deepEqual(idsIn('The app is built on Forge; its configuration is kept in Forge storage.'), []);
    assert.deepEqual(idsIn('The front end is built entirely on Forge, and the back end runs on AWS.'), []);
    assert.deepEqual(idsIn('The UI is built entirely with Forge UI Kit.'), []);
  });

  it('data passed on or handed over to an external system leaves Atlassian: all data is no egress, personal data alone is its own claim', () => {
    assert.deepEqual(idsIn('Your data is not passed on to any external system.'), ['no-egress']);
    assert.deepEqual(idsIn('Board settings are never handed over to an external service.'), ['no-egress']);
    assert.deepEqual(idsIn('User account IDs are not passed on to any external system.'), ['no-personal-data-leaves-atlassian']);
    assert.deepEqual(idsIn('The app does not share or transmit any personal data to external services.'), ['no-personal-data-leaves-atlassian']);
    // an exception that names a vendor re-opens both
    assert.deepEqual(idsIn('We do not pass on personal data to an external system except Stripe.'), []);
  });

  it('"no other personal data leaves Atlassian" allows the kinds named before it, and is no claim when none is named', () => {
    const kinds = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'no-personal-data-leaves-atlassian')?.params;
    assert.deepEqual(kinds('Only account IDs are used; no other personal data leaves Atlassian.'), { kinds: ['email', 'display-name', 'ip-address', 'phone-number'] });
    assert.deepEqual(kinds('E-mail addresses go to Postmark for the digest; no other personal data leaves Atlassian.'), { kinds: ['account-id', 'display-name', 'ip-address', 'phone-number'] });
    assert.equal(kinds('Issue keys go to Slack; no other personal data leaves Atlassian.'), undefined);
  });

  it('a processor as the subject that receives, gets or sees only some data, never identifiers, is the vendor named', () => {
    const named = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
    assert.deepEqual(named('Stripe, our payment processor, receives only the billing contact, never Jira identifiers.'), [['payment-processor-no-identifiers', { processor: 'Stripe' }]]);
    assert.deepEqual(named('Our payment processor, Billo, receives only the invoice total and never any account IDs.'), [['payment-processor-no-identifiers', { processor: 'Billo' }]]);
    assert.deepEqual(named('Stripe processes our payments: it gets the amount, but never an account ID.'), [['payment-processor-no-identifiers', { processor: 'Stripe' }]]);
    assert.deepEqual(named('Sentry sees stack traces only, never e-mail addresses.'), [['no-identifiers-to-vendor', { vendor: 'Sentry' }]]);
    // an identifier received before the denial, the app or the vendor as the subject, or Atlassian's product
    assert.deepEqual(named('Stripe receives the account ID, but never the e-mail address.'), []);
    assert.deepEqual(named('We receive only the billing contact, never Jira identifiers.'), []);
    assert.deepEqual(named('Jira receives only the comment, never account IDs.'), []);
    // people are no party: the word after them is no name either, though the phrase is read regardless of case
    assert.deepEqual(named('Users never see the account IDs of other users.'), []);
    assert.deepEqual(named('Admins receive a weekly digest, but never account IDs.'), []);
    assert.deepEqual(named('Viewers see only the summary, never account IDs.'), []);
    assert.deepEqual(named('Google Analytics never receives account IDs.'), [['no-identifiers-to-vendor', { vendor: 'Google Analytics' }]]);
    // a vendor named like people, with its domain: a party
    assert.deepEqual(named('Customer.io receives only the notification text, never account IDs or email addresses.'), [['no-identifiers-to-vendor', { vendor: 'Customer.io' }]]);
  });

  it('a plain pronoun subject takes the subject of the passive sentence just before it in its paragraph', () => {
    const found = (text: string) => recogniseClaims(readStatement('statement.md', `${text}\n`)).map((r) => [r.source.line, r.source.column, r.claim.id, r.params]);
    // (the first sentence names the AI provider the app uses, as "Issue summaries go to OpenAI" does)
    assert.deepEqual(found('Issue summaries are sent to OpenAI for classification. They are never written to app storage.'), [[1, 1, 'ai-providers-and-data', { providers: ['OpenAI'] }], [1, 56, 'no-page-content-stored', {}]]);
    assert.deepEqual(found('Account IDs are read from Jira to show avatars. They are never stored.'), [[1, 49, 'no-personal-data-stored', { kinds: ['account-id'] }]]);
    // not after an active sentence, a pronoun of another number, nor across paragraphs
    assert.deepEqual(found('We read account IDs from Jira to show avatars. They are never stored.'), []);
    assert.deepEqual(found('Account IDs are read from Jira to show avatars. It is never stored.'), []);
    assert.deepEqual(found('Account IDs are read from Jira to show avatars.\n\nThey are never stored.'), []);
    // an active verb after the pronoun has the app as its actor: the data before it does not store anything
    assert.deepEqual(found('Your issue data is read by the app. It does not store any personal data.'), [[1, 37, 'no-personal-data-stored', {}]]);
    assert.deepEqual(found('Issue summaries are sent to OpenAI. They never leave Atlassian.'), [[1, 1, 'ai-providers-and-data', { providers: ['OpenAI'] }], [1, 37, 'no-egress', {}]]);
    assert.deepEqual(found('Attachment contents are processed in memory. They do not leave Atlassian.'), [[1, 46, 'no-egress', {}]]);
    // any participle, not a short list of them
    assert.deepEqual(found('Issue summaries are sent to OpenAI for classification. They are never sold or stored.'), [[1, 1, 'ai-providers-and-data', { providers: ['OpenAI'] }], [1, 56, 'no-page-content-stored', {}]]);
  });

  it('a sharing denial with an exception for AI fine-tuning is no blanket denial; held to that purpose it denies training; bare it stays blanket', () => {
    assert.deepEqual(idsIn('We do not share end-user data with third parties.'), ['no-end-user-data-to-third-parties']);
    for (const sentence of [
      'We do not share end-user data with third parties, except for AI model fine-tuning.',
      'We do not share End-User Data with third parties other than for AI model fine-tuning.',
      'We do not share end-user data with third parties beyond AI model fine-tuning.',
      'No end-user data is shared with third parties, save for AI model fine-tuning.',
    ]) assert.deepEqual(idsIn(sentence), [], sentence);
    assert.deepEqual(idsIn('We do not share end-user data with third parties for AI model fine-tuning.'), ['no-ai-training']);
    // beyond a place is no exception
    assert.deepEqual(idsIn('Your data never travels beyond your Atlassian site.'), ['no-egress']);
  });
});

const inStatement = (file: string, text: string): Array<[number, string, Record<string, unknown>]> =>
  recogniseClaims(readStatement(file, text)).map((r) => [r.source.line, r.claim.id, r.params]);

describe('recognising the leftovers of the fourteenth round', () => {
  it('a pipe table without its separator row gives its "Where it is stored" column as a real table does', () => {
    const rows = 'Data | Where it is stored | How long\nChecklist items | Forge storage (your site) | until uninstall\nAssignee account ID | Forge storage | until uninstall\n';
    assert.deepEqual(inStatement('statement.md', rows), [[2, 'storage-only-atlassian', {}]]);
    // a column that names a store of the vendor's makes no claim
    assert.deepEqual(inStatement('statement.md', rows.replace('Forge storage |', 'our PostgreSQL database |')), []);
  });

  it('a verbless run of denials, one of them of analytics or trackers, denies that kind of vendor', () => {
    const kinds = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
    for (const sentence of ['No cookies, no trackers, no analytics.', 'There are no cookies, no trackers and no analytics.', 'No cookies and no tracking.']) {
      assert.deepEqual(kinds(sentence), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]], sentence);
    }
    assert.deepEqual(kinds('No ads, no error tracking, no analytics SDKs.'), [['third-parties-exactly', { parties: [], categories: ['error-tracking', 'analytics'] }]]);
    // a run without a kind, or one held to a place
    assert.deepEqual(idsIn('No cookies, no ads.'), []);
    assert.deepEqual(idsIn('No cookies, no trackers, no analytics on our website.'), []);
  });

  it('a vendor that gets some data "but no" identifiers, and an AI provider what it gets; an e-mail\'s body or content is no address', () => {
    const vendor = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).filter((r) => r.claim.id === 'no-identifiers-to-vendor').map((r) => r.params.vendor);
    assert.deepEqual(vendor('Postmark gets the e-mail body but no account IDs.'), ['Postmark (ActiveCampaign)']);
    assert.deepEqual(vendor('Mailgun receives the email content, never the account ID.'), ['Mailgun (Sinch)']);
    assert.deepEqual(vendor('We send the e-mail body to Postmark but no account IDs.'), ['Postmark (ActiveCampaign)']);
    assert.deepEqual(vendor('The notification text goes to Slack, but no account IDs.'), ['Slack']);
    // an AI provider's receipt is also what it is sent
    const ai = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).filter((r) => r.claim.id === 'ai-providers-and-data').map((r) => r.params);
    assert.deepEqual(ai('OpenAI gets the issue summary but no account IDs.'), [{ to: ['OpenAI'], data: ['the issue summary'] }]);
    assert.deepEqual(ai('Postmark gets the e-mail body but no account IDs.'), []);
    assert.deepEqual(ai('OpenAI receives no account IDs.'), []);
    // a clause that sets a time or a condition: the provider is not the sentence's subject
    assert.deepEqual(ai('Until OpenAI receives the issue summary, no answer is shown.'), []);
    assert.deepEqual(ai('Once OpenAI gets the issue summary, no further request is made.'), []);
    // an identifier received, or sent, before the denial
    assert.deepEqual(vendor('Postmark receives the e-mail address but no account IDs.'), []);
    assert.deepEqual(vendor('We send account IDs to Postmark but no e-mail addresses.'), []);
  });

  it('an "only" restriction of calls to an Atlassian API, in any order of its words, is no egress', () => {
    for (const sentence of [
      'The app calls only Confluence\'s REST API.',
      'The app only talks to the Confluence API.',
      'The app only makes requests to the Jira REST API.',
      'The app makes API calls only to Confluence.',
      'The app calls only the Confluence API, no page content leaves Atlassian.',
    ]) assert.deepEqual(idsIn(sentence), ['no-egress'], sentence);
    assert.deepEqual(idsIn('The app makes requests only to Jira and to OpenAI.'), []);
    assert.deepEqual(idsIn('The app does not only talk to Jira.'), []);
  });

  it('the answer under a question about scopes: an introduction ending in a colon, a count, a numbered question, then the scopes one a line', () => {
    const scopes = [{ scope: 'read:jira-work' }, { scope: 'storage:app' }];
    assert.deepEqual(inStatement('s.md', '### Which scopes does the app request?\n\nThe app requests:\n\n- read:jira-work\n- storage:app\n'), [[3, 'exact-scopes', { scopes }]]);
    assert.deepEqual(inStatement('s.txt', 'Which scopes does the app request?\n\nIt requests two scopes:\n\n- read:jira-work\n- storage:app\n'), [[3, 'exact-scopes', { scopes, count: 2 }]]);
    assert.deepEqual(inStatement('s.txt', '3.2 Which scopes does the app request?\n\nread:jira-work\nstorage:app\n'), [[3, 'exact-scopes', { scopes }]]);
    // a colon under another question, or over a list of no scopes
    assert.deepEqual(inStatement('s.md', '### Which data does the app store?\n\nThe app stores:\n\n- read:jira-work\n'), []);
    assert.deepEqual(inStatement('s.md', '### Which scopes does the app request?\n\nWe keep this short:\n\n- Issues are read\n'), []);
  });
});
