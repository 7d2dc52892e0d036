/** Wordings held-out-12 showed misread or unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (text: string): string[] => recogniseClaims(readStatement('statement.md', text)).map((r) => r.claim.id).sort();
const paramsIn = (text: string, id: string): Array<Record<string, unknown>> => recogniseClaims(readStatement('statement.md', text)).filter((r) => r.claim.id === id).map((r) => r.params);

describe('recognising held-out-12\'s kinds', () => {
  it('a check mark alone in a table cell answers "Yes", a cross "No"', () => {
    assert.deepEqual(inStatement('| Question | Birchwood Notes |\n|---|---|\n| Encrypted in transit | ✔ |\n| Cloud Fortified | ✔ |'), ['certifications', 'encryption-in-transit']);
    assert.deepEqual(inStatement('| Topic | |\n|---|---|\n| Remotes | ✘ |'), ['no-remotes']);
    assert.deepEqual(paramsIn('| Data | Stored by the app | Sent to Slack |\n|---|---|---|\n| Display names | ✗ | ✓ |', 'no-personal-data-stored'), [{ kinds: ['display-name'] }]);
    // A plan's features claim nothing, ticked or not.
    assert.deepEqual(inStatement('| Plan | Included |\n|---|---|\n| Unlimited boards | ✅ |\n| Priority support | ❌ |'), []);  });

  it('a row answered by plan or product columns claims once when they agree, and nothing when they differ', () => {
    const table = (standard: string, enterprise: string) => `| Capability | Standard | Enterprise |\n|---|---|---|\n| Stores data outside Atlassian | ${standard} | ${enterprise} |`;
    assert.deepEqual(inStatement(table('❌', '✅')), []);
    assert.deepEqual(inStatement(table('No', 'Yes')), []);
    assert.deepEqual(inStatement(table('❌', '❌')), ['no-customer-content-outside-atlassian']);
    // Columns that each ask their own question are read one by one.
    assert.deepEqual(inStatement('| Data | Stored by the app | Sent to Slack |\n|---|---|---|\n| Display names | ✗ | ✗ |'), ['no-identifiers-to-vendor', 'no-personal-data-stored']);
  });

  it('a topic worded as what the app does, answered "No", is denied as the app\'s', () => {
    assert.deepEqual(inStatement('| Capability | Answer |\n|---|---|\n| Shares data with other vendors | No |'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(inStatement('| Behaviour | |\n|---|---|\n| Writes to your Jira issues | No |'), ['no-content-create-edit-delete']);
    assert.deepEqual(inStatement('| Behaviour | |\n|---|---|\n| Transmits page content outside Atlassian | ❌ |'), ['no-egress']);
    assert.deepEqual(inStatement('| Behaviour | |\n|---|---|\n| Reads page content | ❌ |'), []);
  });

  it('a heading answered "Yes" or in a few words reads as its label with that value', () => {
    assert.deepEqual(inStatement('### Encryption at rest?\nYes'), ['encryption-at-rest']);
    assert.deepEqual(inStatement('### Security awareness training\nYearly, for every employee'), ['security-training']);
    assert.deepEqual(inStatement('### Data residency\nInherited'), ['data-residency-supported']);
    assert.deepEqual(inStatement('### Support\nWeekdays'), []);
    assert.deepEqual(inStatement('### SOC 2\nNot yet'), []);
  });

  it('data residency "inherited" from the site is data residency supported', () => {
    assert.deepEqual(idsIn('Data residency is inherited from the Jira site the app is installed on.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('Data residency: inherited from Atlassian.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('Data residency is not inherited.'), []);
  });

  it('a control named by its framework, or Atlassian\'s own certificate, is no certification of the vendor\'s', () => {
    assert.deepEqual(idsIn('SOC 2 CC6.1 — Access to production is restricted by role.'), ['access-control']);
    assert.deepEqual(idsIn('ISO 27001 certification for the hosting platform is maintained by Atlassian.'), []);
    assert.deepEqual(idsIn('We rely on Atlassian\'s SOC 2 Type II report for everything the app runs on.'), []);
    assert.deepEqual(idsIn('We hold a SOC 2 Type II report of our own.'), ['certifications']);
  });

  it('the items of a list of what is coming or planned claim nothing', () => {
    assert.deepEqual(inStatement('Coming soon:\n- ISO 27001 certification\n- Penetration test by an outside firm'), []);
    assert.deepEqual(inStatement('- Planned for next year\n  - ISO 27001\n  - A bug bounty'), []);
    assert.deepEqual([...new Set(inStatement('Certifications:\n- ISO 27001'))], ['certifications']);
  });

  it('organisational commitments in the wordings questionnaires use', () => {
    assert.deepEqual(idsIn('Access to customer data is limited based on job role.'), ['access-control']);
    assert.deepEqual(idsIn('Each build is reviewed by a maintainer before it deploys.'), ['reviewed-before-release']);
    assert.deepEqual(idsIn('Vendors are evaluated for privacy risk before onboarding.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('The security policy is reviewed and signed off by leadership annually.'), ['policy-review']);
    assert.deepEqual(idsIn('All Confluence requests go through asUser(), never asApp().'), ['calls-as-user']);
  });

  it('items nested under a parent item are introduced by it, and the parent reads only its own items', () => {
    const text = '- What we store\n  - Checklist templates\n- What we never store\n  - page bodies\n  - anyone\'s display name';
    assert.deepEqual(inStatement(text).filter((id) => id !== 'collects-only'), ['no-page-content-stored', 'no-personal-data-stored']);
    assert.deepEqual(paramsIn('- Data we keep\n  - Account IDs of approvers\n- Data we never keep\n  - e-mail addresses', 'collects-only'), [{ kinds: ['account-id'] }]);
  });

  it('an introduction that names what its items are ("Data we do not store:") denies keeping them', () => {
    assert.deepEqual(inStatement('Information the app does not keep:\n- comment text\n- e-mail addresses'), ['no-page-content-stored', 'no-personal-data-stored']);
    assert.deepEqual(inStatement('Data we do not store:\n- page content'), ['no-page-content-stored']);
  });

  it('data taken "off" Atlassian, "crossing" out of it or leaving the product leaves Atlassian', () => {
    assert.deepEqual(idsIn('Works without sending anything off Atlassian.'), ['no-egress']);
    assert.deepEqual(idsIn('Nothing is ever copied off your Confluence site.'), ['no-egress']);
    assert.deepEqual(idsIn('Issue data never crosses out of Atlassian.'), ['no-egress']);
    assert.deepEqual(idsIn('Page content never leaves Confluence.').includes('no-egress'), true);
    assert.deepEqual(idsIn('Please take the laptop off the network before you wipe it.'), []);
  });

  it('"zero" in a run of denials, "no third parties" closing one, and tracking cookies', () => {
    assert.deepEqual(read('No third-party tools, zero analytics, zero ads.').filter(([id]) => id === 'third-parties-exactly'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('No backend, zero trackers, zero cookies.').filter(([id]) => id === 'third-parties-exactly'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('Everything stays in Jira: no database of ours, no third parties.').filter(([id]) => id === 'third-parties-exactly'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('The app sets no tracking cookies.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(idsIn('No cookies, no ads.'), []);
  });

  it('"whether or not" holds no case', () => {
    assert.deepEqual(read('Whether or not the assistant is enabled, the app never deletes issues.'), [['no-content-create-edit-delete', { object: 'issue', actions: ['delete'] }]]);
    assert.deepEqual(idsIn('Whether the app deletes issues depends on your settings.'), []);
  });

  it('a vendor\'s first verb before its denial of identifiers ("Postmark delivers the digest and never sees …")', () => {
    assert.deepEqual(read('Postmark delivers the digest and never sees account IDs.'), [['no-identifiers-to-vendor', { vendor: 'Postmark (ActiveCampaign)' }]]);
    assert.deepEqual(read('Stripe processes the payment but receives no e-mail addresses from us.'), [['payment-processor-no-identifiers', { processor: 'Stripe' }]]);
    assert.deepEqual(idsIn('Stripe receives the e-mail address, but never the account ID.'), []);
  });

  it('analytics or telemetry sent nowhere is no vendor of that kind, not all data kept in', () => {
    assert.deepEqual(read('The app now sends no usage analytics anywhere.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('No telemetry is sent anywhere.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(idsIn('The app sends no data anywhere.'), ['no-egress']);
  });

  it('the only personal data labelled, handled or processed is the list', () => {
    assert.deepEqual(read('Categories of Personal Data: Atlassian account IDs only.'), [['collects-only', { kinds: ['account-id'] }]]);
    assert.deepEqual(read('The only personal data the app handles is the display name of the reviewer.'), [['collects-only', { kinds: ['display-name'] }]]);
    assert.deepEqual(idsIn('Personal data: see section 4 only.'), []);
  });

  it('logs that exclude or omit End-User Data', () => {
    assert.deepEqual(idsIn('Application logs exclude personal data and ticket content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Logs exclude anything older than 30 days.'), []);
  });

  it('a push or commit to repositories is a change to them', () => {
    assert.deepEqual(read('The merge check reads diffs but never pushes to your repositories.'), [['no-content-create-edit-delete', { object: 'repository', actions: ['edit'] }]]);
    assert.deepEqual(idsIn('The app never pushes notifications to your phone.'), []);
  });

  it('the app\'s data stored by Atlassian, or living in the Forge key-value store', () => {
    assert.deepEqual(idsIn('The App is hosted and its data stored by Atlassian as part of the Forge platform.'), ['storage-only-atlassian']);
    assert.deepEqual(idsIn('Jira data is stored by Atlassian.'), []);
    assert.deepEqual(idsIn('All app data sits in the Forge KV store.'), ['only-forge-kv', 'storage-only-atlassian']);
  });

  it('data that goes to no sub-processor, bare, is no third party', () => {
    assert.deepEqual(read('No data goes to any sub-processor.'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('Nothing goes to any third party.'), [['third-parties-exactly', { parties: [] }]]);
  });

  it('a questionnaire\'s control ID, its framework named, before the question', () => {
    assert.deepEqual(inStatement('CAIQ IVS-07: Is the app hosted on infrastructure you control?\nNo, it runs on Atlassian Forge.'), ['no-external-backend']);
  });

  it('nouns between a pair of dashes are part of their clause', () => {
    assert.deepEqual(read('Nothing about your users — names, e-mails, account IDs — is kept by the app.'), [['no-personal-data-stored', { kinds: ['account-id', 'email', 'display-name'] }]]);
    assert.deepEqual(idsIn('We keep settings — the ones an admin saves — in a Postgres database.'), []);
  });

  it('data that lives or stays for a period', () => {
    assert.deepEqual(read('Cached avatars live for one day at most.'), [['retention-period', { period: 'one day' }]]);
    assert.deepEqual(idsIn('The trial remains active for 30 days.'), []);
  });

  it('a table whose "Scope" column names a scope a row lists the scopes', () => {
    assert.deepEqual(inStatement('| Scope | Why we need it |\n|---|---|\n| `read:jira-work` | read the issues on your board |\n| `storage:app` | save board settings |'), ['exact-scopes']);
    assert.deepEqual(inStatement('| Permission | Who has it |\n|---|---|\n| Edit the board | board admins |'), []);
  });

  it('all processing in the customer\'s Atlassian site, and the only host listed', () => {
    assert.deepEqual(idsIn("All processing takes place in the customer's Atlassian Cloud site."), ['no-external-backend']);
    assert.deepEqual(read('The only external host listed in the manifest is api.deepl.com.'), [['egress-only-to', { hosts: ['api.deepl.com'] }]]);
    assert.deepEqual(read('To see which hosts the app talks to, open the manifest: the only one listed is api.openai.com.'), [['egress-only-to', { hosts: ['api.openai.com'] }]]);
  });
});
