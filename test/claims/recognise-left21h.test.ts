/** Kinds of wording held-out-15 showed unread or misread, each in its general form, beside the near wordings that must stay. */
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

describe('recognising held-out-15\'s kinds', () => {
  it('organisational wordings of whitepapers: a participle, a supplier\'s posture, a release that goes to the Marketplace', () => {
    assert.deepEqual(idsIn('Every engineer is background-checked before being given production access.'), ['background-checks']);
    assert.deepEqual(idsIn('We review every vendor\'s security controls before signing a contract.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('We check each version\'s new permissions, egress entries and dependencies before it goes to the Atlassian Marketplace.'), ['reviewed-before-release']);
    assert.deepEqual(idsIn('We check each page\'s links before it goes live.'), []);
  });

  it('a supplier\'s SOC 2 report is what the vendor assesses it by, not the vendor\'s certification', () => {
    assert.deepEqual(idsIn('We vet each supplier\'s security practices (ISO 27001 certificate or SOC 2 report) before onboarding.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('We hold a SOC 2 Type II report, and we assess each supplier\'s security posture yearly.'), ['certifications', 'vendor-risk-management']);
  });

  it('fragments without their verb, incidents before who is told, a time range of support', () => {
    assert.deepEqual(idsIn('\u2022 Access to customer databases restricted to 3 on-call engineers'), ['access-control']);
    assert.deepEqual(idsIn('\u2022 Access to the beta restricted to 50 customers'), []);
    assert.deepEqual(idsIn('Security incidents are handled according to a documented playbook, and affected admins are informed within 24 hours.'), ['incident-notification', 'incident-response-plan']);
    assert.deepEqual(idsIn('Feature requests follow a documented process.'), []);
    assert.deepEqual(idsIn('Questions from customers are answered from 9:00 to 17:00 UK time on weekdays.'), ['support-hours']);
    assert.deepEqual(idsIn('Maintenance windows are from 01:00 to 03:00 UTC on weekdays.'), []);
  });

  it('api.asUser(), bare requests to our backend verified, unlicensed sites that lose access, a reporting cadence as a label\'s value', () => {
    assert.deepEqual(idsIn('Every Jira request goes through api.asUser().'), ['calls-as-user']);
    assert.deepEqual(idsIn('Requests to our backend are verified with the Connect JWT and rejected without it.'), ['authenticated-requests']);
    assert.deepEqual(idsIn('Requests to our backend are rare.'), []);
    assert.deepEqual(idsIn('Unlicensed instances lose access to the dashboards at once.'), ['licensing-enforced']);
    assert.equal(paramOf('Personal data reporting: weekly', 'personal-data-reporting', 'cadence'), 'weekly');
  });

  it('secrets kept as secured variables or in a store named by a participle, and "none in the repo"', () => {
    assert.deepEqual(idsIn('Deploy keys are kept as secured deployment variables, never in the repository.'), ['no-secrets-in-source']);
    assert.deepEqual(idsIn('\u2022 API tokens in a vault, none in the codebase'), ['no-secrets-in-source']);
    assert.ok(idsIn('The GitHub token, kept in the Forge secret store, is used only by the back end.').includes('no-secrets-in-source'));
    assert.deepEqual(idsIn('Tokens are never in plain text.'), []);
  });
  it('storage denied after uninstall, or "indefinitely" (the Marketplace\'s question answered "No"), is deletion on uninstall, not no data stored', () => {
    assert.deepEqual(idsIn('We keep no data after you uninstall the app.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('The app does not store End-User Data indefinitely post app uninstallation.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(inStatement('Does the add-on retain End-User Data indefinitely after uninstallation?\n\nNo.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('Erasure of all your data takes place when you uninstall the add-on.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('We do not delete data after uninstall.'), []);
    assert.deepEqual(idsIn('We keep no data.'), ['no-data-stored']);
  });

  it('"nothing but" is an exception: what follows is kept', () => {
    assert.deepEqual(idsIn('The app keeps nothing but the board ID you pick.'), []);
    assert.deepEqual(idsIn('The app keeps nothing.'), ['no-data-stored']);
  });

  it('a region: the EEA denied before its subject or in a question answered "No", the vendor\'s servers or stores "in" a place, more EU towns', () => {
    assert.equal(paramOf('No customer data is copied outside the European Economic Area.', 'data-region', 'area'), 'EU');
    assert.deepEqual(inStatement('Does the app move EEA users\' personal data outside of the EEA?\n\nNo.'), ['data-region']);
    assert.equal(paramOf('Our database is in Vienna.', 'data-region', 'area'), 'EU');
    assert.equal(paramOf('Usage events are sent to our own data store in eu-west-1 (Dublin).', 'data-region', 'area'), 'EU');
    assert.deepEqual(idsIn('Our team is in Munich and Milan.'), []);
    assert.deepEqual(idsIn('No data is sent to the USA.'), []);
  });

  it('third parties: "sends no data to", a numbered title ended by a full stop, "integrates with no", a count of parties before a dash', () => {
    assert.deepEqual(paramOf('The plugin sends no data to any sub-processor.', 'third-parties-exactly', 'parties'), []);
    assert.ok(idsIn('Apart from Postmark, the add-on sends no data to any third party.').includes('third-parties-exactly'));
    assert.deepEqual(paramOf('5. Third parties. None.', 'third-parties-exactly', 'parties'), []);
    assert.deepEqual(paramOf('Categories of recipients: none outside Atlassian.', 'third-parties-exactly', 'parties'), []);
    assert.deepEqual(paramOf('The macro integrates with no third-party services.', 'third-parties-exactly', 'parties'), []);
    assert.ok(idsIn('Our two sub-processors \u2014 Heroku (hosting) and SendGrid (e-mail) \u2014 receive only what they need.').includes('third-parties-exactly'));
    assert.deepEqual(idsIn('Sub-processors. Listed in our DPA.'), []);
    assert.deepEqual(idsIn('The app sends no personal data to any third party.'), ['no-end-user-data-to-third-parties']);
  });

  it('logs: "the logs of the app contain ..., never the names", a label\'s list closed by what is not logged, a bullet before a line read alone', () => {
    assert.deepEqual(idsIn('The logs of the add-on record request IDs, never user names.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Our logs contain only technical data, never names or e-mail addresses.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('\u2022 Logs: request IDs and status codes, no personal data'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Logs: error codes and timings, zero user data'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Our logs contain no file names.'), []);
    assert.ok(idsIn('\u2022 Hosting: Atlassian Forge').includes('no-external-backend'));
  });

  it('AI: "never calls an external AI service", "uses no third-party AI service", a provider the vendor says it uses, training denied by its noun', () => {
    assert.deepEqual(paramOf('The board never calls an external AI service.', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(paramOf('The gadget uses no third-party AI service.', 'ai-providers-and-data', 'providers'), []);
    assert.deepEqual(paramOf('We are using Anthropic to draft the release notes.', 'ai-providers-and-data', 'providers'), ['Anthropic']);
    assert.ok(!idsIn('We use Postmark to send notifications.').includes('ai-providers-and-data'));
    assert.deepEqual(idsIn('No training of models on your pages takes place.'), ['no-ai-training']);
    assert.deepEqual(idsIn('Training of language models with ticket data does not take place.'), ['no-ai-training']);
    assert.ok(!idsIn('The training of AI models with your issues takes place monthly.').includes('no-ai-training'));
  });

  it('the only personal data a named part of the app keeps, Bitbucket\'s API as Atlassian\'s, all N scopes used, "no data of any kind", "stored there for"', () => {
    assert.deepEqual(paramOf('Display names are the only personal data the macro keeps.', 'collects-only', 'kinds'), ['display-name']);
    assert.deepEqual(paramOf('The only personal data the gadget handles is the account ID of the dashboard owner.', 'collects-only', 'kinds'), ['account-id']);
    assert.deepEqual(idsIn('The only data the app stores is in Forge storage.'), []);
    assert.deepEqual(idsIn('The merge check calls only the Bitbucket REST API.'), ['no-egress']);
    assert.deepEqual(idsIn('All three permissions are used by the app.'), ['least-privilege-scopes']);
    assert.equal(paramOf('All 2 scopes are listed in the manifest: read:confluence-content.summary, storage:app.', 'exact-scopes', 'count'), 2);
    assert.deepEqual(idsIn('No data whatsoever is stored by the macro.'), ['no-data-stored']);
    assert.deepEqual(idsIn('No data of any kind is kept by the gadget.'), ['no-data-stored']);
    assert.equal(paramOf('Build results are uploaded to our bucket and stored there for 14 days.', 'retention-period', 'period'), '14 days');
  });

  it('what a user "may" see is no hedge; a pull request approved, declined or merged is edited', () => {
    assert.deepEqual(idsIn('Each request to Confluence goes through api.asUser(), so the macro shows only what the viewer may see.'), ['calls-as-user']);
    assert.deepEqual(idsIn('Every Jira call is made with api.asUser(), so the app never sees more than the current user may.'), ['calls-as-user']);
    assert.deepEqual(idsIn('We may share data with partners.'), []);
    assert.equal(paramOf('The merge check never approves, declines or merges pull requests.', 'no-content-create-edit-delete', 'object'), 'pull-request');
    assert.deepEqual(paramOf('It can never approve, decline or merge a pull request.', 'no-content-create-edit-delete', 'actions'), ['edit']);
    assert.deepEqual(idsIn('Reviewers approve and merge pull requests as usual.'), []);
  });
});
