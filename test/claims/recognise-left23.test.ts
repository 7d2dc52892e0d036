/** The readings the twenty-second round left: false claims first, then the kinds of held-out-16's misses, each in its general form. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { vendorsNamedIn } from '../../src/claims/vendor-names.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('false claims the twenty-second round left', () => {
  it('a default ("by default", "out of the box") or an exception an admin\'s choice makes ("unless you enable ...") holds the denial to a setting', () => {
    assert.deepEqual(idsIn('Customer records are not shared with third parties by default.'), []);
    assert.deepEqual(idsIn('Out of the box, no page content is sent to outside companies.'), []);
    assert.deepEqual(idsIn('Personal data is never passed to third parties unless you connect the CRM sync.'), []);
    assert.deepEqual(idsIn('By default the plugin makes no calls outside Atlassian.'), []);
    // The law's exception leaves the denial whole; a default in another clause holds only that clause.
    assert.deepEqual(idsIn('Personal data is never passed to third parties unless the law requires it.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('Personal data is never passed to third parties, and by default the app keeps no logs.'), ['no-end-user-data-to-third-parties']);
    // "until you choose to delete it" is how long data is kept, no setting.
    assert.deepEqual(idsIn('The app retains each vote until you choose to delete it.'), ['kept-until-deleted']);
  });

  it('a trial, a support window or a release offered for a period is no data kept for it', () => {
    assert.deepEqual(idsIn('The add-on can be evaluated: it is available for 30 days as a free trial.'), []);
    assert.deepEqual(idsIn('Standard support is available for 12 months after purchase.'), []);
    assert.deepEqual(idsIn('Previous releases remain available for 6 months.'), []);
    assert.deepEqual(idsIn('We keep each release available for 90 days.'), []);
    assert.equal(paramOf('Generated PDFs remain available for 14 days and are then deleted.', 'retention-period', 'period'), '14 days');
    assert.equal(paramOf('Exports are available for download for 7 days.', 'retention-period', 'period'), '7 days');
  });

  it('an exception that opens the sentence names exactly what it excepts', () => {
    assert.deepEqual(paramOf('Except for Slack, to which the app posts a link to each release, the app sends no data to any third party and stores no personal data.', 'third-parties-exactly', 'parties'), ['Slack']);
    assert.deepEqual(paramOf('Besides PagerDuty, with which the app shares alert titles, no third party receives any data.', 'third-parties-exactly', 'parties'), ['PagerDuty']);
    assert.deepEqual(paramOf('Apart from Sentry, the app sends nothing to third parties.', 'third-parties-exactly', 'parties'), ['Sentry']);
    // An exception after the denial keeps its list.
    assert.deepEqual(paramOf('We do not share data with third parties except Stripe, which processes payments.', 'no-end-user-data-to-third-parties', 'except'), ['Stripe']);
  });

  it('Teams is Microsoft Teams when written as a name', () => {
    assert.deepEqual(vendorsNamedIn('The app posts a notice to Teams.').map((v) => v.id), ['microsoft-teams']);
    assert.deepEqual(vendorsNamedIn('Product teams use the board.').map((v) => v.id), []);
    assert.deepEqual(paramOf('Apart from Teams, to which the app posts a short notice, the app sends no data to any third party.', 'third-parties-exactly', 'parties'), ['Teams']);
  });
});

describe('misses the twenty-second round left', () => {
  it('repository or pull request data denied leaving Bitbucket is the product\'s content, as issue data leaving Jira is', () => {
    assert.deepEqual(read('Repository data never leaves Bitbucket.'), [['no-egress', { content: true }]]);
    assert.deepEqual(read('Your pull request data never leaves Bitbucket.'), [['no-egress', { content: true }]]);
    assert.deepEqual(read('Pull request content is never stored on our servers.'), [['no-customer-content-outside-atlassian', { content: true }]]);
    assert.deepEqual(idsIn('Repository data never leaves the browser tab.'), []);
  });

  it('a DPA\'s longer label of sub-processors answered "none" is no third party', () => {
    assert.deepEqual(paramOf('Sub-processors engaged by the Processor as of today: none.', 'third-parties-exactly', 'parties'), []);
    assert.deepEqual(paramOf('Third-party sub-processors used by the plugin: none', 'third-parties-exactly', 'parties'), []);
    assert.deepEqual(idsIn('Sub-processors we may add later: listed on our website.'), []);
  });

  it('"data residency ready" is data residency supported; a plan or a "no" is not', () => {
    assert.deepEqual(idsIn('Highlights: Forge-native, data-residency ready.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('Our plugin is ready for data residency.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('The app will be data residency ready in 2027.'), []);
    assert.deepEqual(idsIn('Data-residency-ready: no'), []);
    assert.deepEqual(idsIn('Is the app data residency ready?'), []);
  });

  it('Forge\'s key-value store named by its package ("Forge storage (`@forge/kvs`)"), and everything the app saves that "goes into" it', () => {
    assert.ok(idsIn('This app runs on Forge only, and everything it saves goes into Forge storage (`@forge/kvs`).').includes('only-forge-kv'));
    assert.deepEqual(idsIn('All data is stored in `@forge/kvs`.'), ['only-forge-kv']);
    assert.ok(!idsIn('Everything the app saves goes into Forge storage.').includes('only-forge-kv'));
  });

  it('"keeps X in Forge KVS and nothing else": what the app keeps there is all it keeps', () => {
    assert.deepEqual(idsIn('The Retro Board app keeps each board\'s layout in Forge KVS and nothing else.'), ['only-forge-kv']);
    assert.ok(!idsIn('The app keeps settings in Forge KVS and nothing else is sent to our servers.').includes('only-forge-kv'));
    assert.deepEqual(idsIn('The macro keeps its settings in Forge storage only.'), []);
  });

  it('a vendor that receives one thing "and nothing that identifies you"; Miro is a vendor Candor knows', () => {
    assert.equal(paramOf('Miro receives the sticky-note text you choose to sync, and nothing that identifies you.', 'no-identifiers-to-vendor', 'vendor'), 'Miro');
    assert.equal(paramOf('Figma receives the frame link you paste, and nothing that identifies you.', 'no-identifiers-to-vendor', 'vendor'), 'Figma');
    assert.deepEqual(idsIn('Users receive the text, and nothing that identifies you.'), []);
    assert.deepEqual(vendorsNamedIn('Boards are exported to Miro.').map((v) => v.id), ['miro']);
  });

  it('a Jira Product Discovery idea is an issue, when the sentence names Product Discovery', () => {
    assert.deepEqual(paramOf('The JPD Scorer never edits or deletes your ideas.', 'no-content-create-edit-delete', 'object'), 'issue');
    assert.deepEqual(paramOf('Our Jira Product Discovery app never creates, changes or deletes an idea.', 'no-content-create-edit-delete', 'actions'), ['create', 'edit', 'delete']);
    assert.deepEqual(idsIn('The app never deletes your ideas.'), []);
  });

  it('a key the customer holds (bring your own key, customer-managed keys, a key in a KMS) encrypts data at rest; a signature or a plan does not', () => {
    assert.deepEqual(idsIn('Customers can bring their own encryption key for the reports we store.'), ['encryption-at-rest']);
    assert.deepEqual(idsIn('Report archives in our bucket are encrypted using keys held in Azure Key Vault.'), ['encryption-at-rest']);
    assert.deepEqual(idsIn('We support customer-managed encryption keys.'), ['encryption-at-rest']);
    assert.deepEqual(idsIn('Webhook bodies are signed with a key held in AWS KMS.'), []);
    assert.deepEqual(idsIn('A customer-managed encryption key option is planned for next year.'), []);
    assert.deepEqual(idsIn('We do not support BYOK.'), []);
  });
});

describe('leftovers of held-out-13 and held-out-15, in their general form', () => {
  const statement = (text: string): string[] => recogniseClaims(readStatement('statement.md', text)).map((r) => r.claim.id).sort();

  it('several questions, each answered "Yes" or "No", run into one line are read one by one', () => {
    assert.deepEqual(idsIn('Question | Answer Is customer data encrypted in transit? Yes Does the macro call external services? No'), ['encryption-in-transit', 'no-egress']);
    assert.deepEqual(idsIn('Question Answer Does the gadget keep personal data? No Does it share data with third parties? No'), ['no-end-user-data-to-third-parties', 'no-personal-data-stored']);
    assert.deepEqual(idsIn('Is the trial free? Yes Can I pay by invoice? No'), []);
  });

  it('"our servers", then denied by a pronoun ("we do not have any"), is no back end of the vendor\'s', () => {
    assert.ok(idsIn('Nothing is saved on our own servers; the plugin doesn\'t have any.').includes('no-external-backend'));
    // A vendor without a database of its own may still run a server: no back end is not read from the database alone.
    assert.ok(!idsIn('Issue text is never written to our database (we don\'t run one).').includes('no-external-backend'));
    assert.ok(!idsIn('Nothing is kept in our own databases; we do not have any.').includes('no-external-backend'));
    assert.deepEqual(idsIn('Reports are stored on our servers (we do not run any cron jobs).'), []);
  });

  it('a column of vendors beside what each is used for lists third parties, in a pipe table or one pasted with tabs', () => {
    assert.deepEqual(statement('| Vendor | Purpose |\n|---|---|\n| Sentry | Errors |\n| Mailgun | Notification e-mails |'), ['third-parties-exactly']);
    assert.deepEqual(statement('Provider\tUsed for\nSentry\tError reports\nPostmark\tE-mail'), ['third-parties-exactly']);
    assert.deepEqual(statement('| Name | Purpose |\n|---|---|\n| Weekly digest | Summaries |'), []);
  });
});
