/** Voices of held-out-9's kind, each in its general form (worked on DEV), beside the near wordings that must stay as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const found = (sentence: string) => recogniseText(sentence, { ...source, text: sentence });
const idsIn = (sentence: string): string[] => found(sentence).map((r) => r.claim.id).sort();
const inStatement = (file: string, text: string) => recogniseClaims(readStatement(file, text)).map((r) => [r.source.line, r.claim.id]);

describe('recognising the voices of held-out-9', () => {
  it('a cross at the start of a line is a list item that denies it; a check mark affirms it', () => {
    for (const file of ['trust.md', 'trust.txt']) {
      assert.deepEqual(inStatement(file, 'At a glance\n\n✗ Outside servers\n✘ Forge remotes\n❌ No analytics\n✓ Runs on Atlassian\n'), [
        [3, 'no-external-backend'], [4, 'no-remotes'], [5, 'third-parties-exactly'], [6, 'runs-on-atlassian'],
      ], file);
    }
    // a cross inside a sentence is no bullet
    assert.deepEqual(idsIn('The app uses Forge remotes ✗ where a report is large.'), []);
  });

  it('a footnote mark after a word is no part of it', () => {
    assert.deepEqual(found('We never send e-mail addresses to Postmark³.').map((r) => [r.claim.id, r.params]), [['no-identifiers-to-vendor', { vendor: 'Postmark (ActiveCampaign)' }]]);
    assert.deepEqual(idsIn('Nothing is stored outside Atlassian¹.'), ['no-customer-content-outside-atlassian']);
  });

  it('scopes written in code spans are the scopes themselves', () => {
    assert.deepEqual(found('Scopes: `read:jira-work`, `storage:app`.').map((r) => [r.claim.id, r.params]), [['exact-scopes', { scopes: [{ scope: 'read:jira-work' }, { scope: 'storage:app' }] }]]);
  });

  it('a retention period in short units, as a label\'s value or before "then deleted", with its unit spelled out', () => {
    const period = (sentence: string) => found(sentence).filter((r) => r.claim.id === 'retention-period').map((r) => r.params.period);
    assert.deepEqual(period('Retention: 14d'), ['14 days']);
    assert.deepEqual(period('Previews expire after 12h.'), ['12 hours']);
    assert.deepEqual(period('Generated PDFs: 3 days max, then auto-deleted.'), ['3 days']);
    assert.deepEqual(period('Snapshots: 48 hrs, then purged.'), ['48 hours']);
    // logs, backups and uninstall are other claims; a reply time is no retention
    assert.deepEqual(period('Logs: 14d, then purged.'), []);
    assert.deepEqual(period('Log retention: 30d'), []);
    assert.deepEqual(period('Retention: 30 days after uninstall'), []);
    assert.deepEqual(period('We answer security reports within 24h.'), []);
  });

  it('a questionnaire\'s control ID before a question is its label, and the words after a "Yes" complete what it affirms', () => {
    assert.deepEqual(inStatement('caiq.md', 'IAM-04.2 Is multi-factor authentication required for admin access?\n\nYes.\n'), [[3, 'mfa']]);
    assert.deepEqual(inStatement('caiq.md', 'DSP-07: Does the app keep personal data outside Atlassian?\n\nNo.\n'), [[3, 'no-customer-content-outside-atlassian']]);
    assert.deepEqual(inStatement('caiq.md', 'Are affected customers notified of a data breach?\n\nYes, within 72 hours.\n'), [[3, 'incident-notification']]);
    // a "Yes" that points elsewhere affirms nothing more
    assert.deepEqual(inStatement('caiq.md', 'Does the app send data to third parties?\n\nYes, see the list below.\n'), []);
  });

  it('scopes named as the only ones, or followed by "nothing else", are the exact list', () => {
    const scopes = (sentence: string) => found(sentence).filter((r) => r.claim.id === 'exact-scopes').map((r) => r.params);
    assert.deepEqual(scopes('The only scopes it declares are read:confluence-content.summary and storage:app.'), [{ scopes: [{ scope: 'read:confluence-content.summary' }, { scope: 'storage:app' }] }]);
    assert.deepEqual(scopes('The only scope is storage:app; the macro never reads pages.'), [{ scopes: [{ scope: 'storage:app' }] }]);
    assert.deepEqual(scopes('It asks for read:jira-work and write:jira-work, and no others.'), [{ scopes: [{ scope: 'read:jira-work' }, { scope: 'write:jira-work' }] }]);
    // "nothing else" that denies something other than scopes
    assert.deepEqual(scopes('The app uses read:jira-work, and nothing else is stored.'), []);
  });

  it('a column of names beside where each processes data lists the parties, when it names a known vendor', () => {
    const parties = (lines: string[]) => recogniseClaims(readStatement('trust.md', lines.join('\n'))).map((r) => [r.claim.id, r.params]);
    assert.deepEqual(parties(['| Name | Purpose | Region |', '|---|---|---|', '| Mailgun | Digest e-mails | EU |', '| Rollbar | Error reports | US |']), [
      ['third-parties-exactly', { parties: ['Mailgun', 'Rollbar'] }],
    ]);
    assert.deepEqual(parties(['| Provider | Location |', '|---|---|', '| Cohere | Canada |']), [['third-parties-exactly', { parties: ['Cohere'] }]]);
    // names of data, or names with no place beside them, list no parties
    assert.deepEqual(parties(['| Name | Purpose | Region |', '|---|---|---|', '| Board title | Shown on the card | EU |']), []);
    assert.deepEqual(parties(['| Name | Purpose |', '|---|---|', '| Mailgun | Digest e-mails |']), []);
  });

  it('a denial worded by a noun, as translations word it, is the verb denied', () => {
    assert.deepEqual(idsIn('A logging of e-mail addresses does not take place.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('No transfer of customer data to third parties takes place.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(found('The add-on carries out no deletion of Jira issues.').map((r) => [r.claim.id, r.params]), [['no-content-create-edit-delete', { object: 'issue', actions: ['delete'] }]]);
    assert.deepEqual(idsIn('Customer data is shared neither with advertisers nor with data brokers.'), ['no-end-user-data-to-third-parties']);
    // a noun that happens, or happens under a condition, denies nothing
    assert.deepEqual(idsIn('The storage of board data takes place in Forge storage.'), []);
    assert.deepEqual(idsIn('A transfer of data to third parties takes place only with your consent.'), []);
  });

  it('"any AI service" denies AI services at large', () => {
    assert.deepEqual(found('Ticket text is never passed to any LLM provider.').map((r) => [r.claim.id, r.params]), [['ai-providers-and-data', { providers: [] }]]);
  });

  it('the badge in parentheses, secrets living in a vault, a security contact answered within a time, the permissions the app needs, a longer name of what alone is kept, a label of residency locations', () => {
    assert.deepEqual(idsIn('Everything happens inside Forge (Runs on Atlassian).'), ['runs-on-atlassian']);
    assert.deepEqual(idsIn('The app is not (Runs on Atlassian) eligible.'), []);
    assert.deepEqual(idsIn('API tokens live in a Doppler secrets vault.'), ['no-secrets-in-source']);
    assert.deepEqual(idsIn('Vulnerability reports: security@acme.example — we respond within 3 working days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('Only the scopes our features need are declared.'), ['least-privilege-scopes']);
    assert.deepEqual(found("Only each approver's Atlassian account ID is stored.").map((r) => [r.claim.id, r.params]), [['collects-only', { kinds: ['account-id'] }]]);
    assert.deepEqual(idsIn('Supported data residency realms: all of them.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('Supported data residency locations: none so far.'), []);
  });

  it('a "Hosting:" label or hosting that "takes place" in a place is the data region', () => {
    const region = (sentence: string) => found(sentence).filter((r) => r.claim.id === 'data-region').map((r) => r.params);
    assert.deepEqual(region('Hosting: Azure westeurope, Amsterdam'), [{ area: 'EU', place: 'Amsterdam' }]);
    assert.deepEqual(region('Backend location: AWS us-east-2'), [{ area: 'US', place: 'us-east-2' }]);
    assert.deepEqual(region('The hosting takes place solely in data centres in Finland.'), [{ area: 'EU', place: 'Finland' }]);
    assert.deepEqual(region('Processing and hosting take place in Sweden.'), [{ area: 'EU', place: 'Sweden' }]);
    assert.deepEqual(region('Hosting: Vercel'), []);
  });

  it('data kept "in Forge storage only" by the app, a scope named before the kind it denies, and content that never touches the vendor\'s servers', () => {
    assert.deepEqual(idsIn('The macro keeps its data in Forge storage only.'), ['storage-only-atlassian']);
    assert.deepEqual(idsIn('The macro keeps its settings in Forge storage only.'), []);
    assert.deepEqual(found('We never ask for write:confluence-content or any other write scope.').map((r) => [r.claim.id, r.params]), [['no-write-scopes', { product: 'confluence' }]]);
    assert.deepEqual(idsIn('Your pages never touch our servers.'), ['no-egress']);
  });

  it('code-reviewed changes and scanned dependencies are secure development; an app that shows scanned dependencies is not', () => {
    assert.deepEqual(idsIn('Every release is code-reviewed.'), ['secure-development']);
    assert.deepEqual(idsIn('Our dependencies are scanned weekly.'), ['secure-development']);
    assert.deepEqual(idsIn('The board lists which dependencies are scanned.'), []);
  });

  it('a data-flow line from the product reads each arrow as data going to the next hop; a path through menus does not', () => {
    const providers = (line: string) => found(line).filter((r) => r.claim.id === 'ai-providers-and-data').map((r) => r.params);
    assert.deepEqual(providers('Confluence -> the macro -> Mistral (selected paragraph only)'), [{ providers: ['Mistral AI'] }]);
    assert.deepEqual(providers('Settings → Integrations → Mistral API key'), []);
    // a hop that is a place in the UI makes a path, though a vendor is named
    assert.deepEqual(providers('Jira settings → Apps → OpenAI Assistant, where admins enter the API key.'), []);
    assert.deepEqual(providers('Jira issue → OpenAI Assistant panel → Summarize button.'), []);
  });
});
