/** The kinds of wording held-out-16 misread or missed, each in its general form, beside the near wordings that must stay as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('recognising the kinds held-out-16 misread (false claims first)', () => {
  it("a programme's rule for apps at large (\"Forge apps must not ...\") is no claim about the checked app", () => {
    assert.deepEqual(idsIn('Forge apps must not store End-User Data outside Atlassian to qualify for the badge.'), []);
    assert.deepEqual(idsIn('Runs on Atlassian apps cannot call external services or use remotes.'), []);
    assert.deepEqual(idsIn('Our app does not store End-User Data outside Atlassian.'), ['no-customer-content-outside-atlassian']);
  });

  it('a party as the agent of a passive ("by any sub-processor") is not where data goes', () => {
    assert.deepEqual(idsIn('Customer data is not transferred outside the EU by us or by any of our sub-processors.'), ['data-region']);
    assert.deepEqual(idsIn('No personal data is handed to any sub-processor.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('Personal data is never shared with third parties by us.'), ['no-end-user-data-to-third-parties']);
  });

  it('", and everything it records goes into ..." opens a clause of its own, which the "no" before does not cover', () => {
    assert.deepEqual(idsIn('The gadget has no server side, and everything it records goes into Jira issue properties.'), ['no-external-backend']);
    assert.deepEqual(idsIn('We run no back end of our own, and all of the data goes into Forge storage.'), ['no-external-backend']);
  });

  it('what a prompt or a request holds "and nothing else" is what is sent, not what the app collects', () => {
    assert.deepEqual(idsIn('Each request to DeepL holds the paragraph being translated and nothing else.'), []);
    assert.deepEqual(idsIn('The prompt holds the page title and nothing else.'), []);
    assert.deepEqual(paramOf('The app stores the account ID of each voter and nothing else.', 'collects-only', 'kinds'), ['account-id']);
  });

  it('the only personal data an app named by its name keeps', () => {
    assert.deepEqual(paramOf('The account ID is the only personal data Vote Counter keeps.', 'collects-only', 'kinds'), ['account-id']);
  });

  it('models or LLMs "hosted by Atlassian" say nothing of the app\'s own back end', () => {
    assert.deepEqual(idsIn('Suggestions come from models hosted by Atlassian.'), []);
    assert.deepEqual(idsIn('The app is hosted by Atlassian.'), ['no-external-backend']);
  });

  it('a feature held to an admin or a user turning it on ("once a site admin switches it on, ...") claims nothing of the code', () => {
    assert.deepEqual(idsIn('When an administrator enables the assistant, questions are sent to Anthropic.'), []);
    assert.deepEqual(idsIn('Once you switch the digest on, summaries go to Slack.'), []);
    assert.deepEqual(idsIn('The app stores nothing; once you enable sync, summaries are sent to our server.'), ['no-data-stored']);
    assert.deepEqual(idsIn('When a user opens the page, nothing is stored.'), ['no-data-stored', 'no-page-content-stored']);
  });
});

describe('recognising the kinds held-out-16 missed', () => {
  it('an incident as the case a notification answers ("If we discover a breach, we notify ... within 48 hours")', () => {
    assert.deepEqual(idsIn('If we discover a data breach, we notify every affected admin within 48 hours.'), ['incident-notification']);
    assert.deepEqual(idsIn('In case of a security incident, customers are informed within 72 hours.'), ['incident-notification']);
    assert.deepEqual(idsIn('If we detect a breach, we might tell you.'), []);
    assert.deepEqual(idsIn('If we confirm a security incident, we do not store any data.'), []);
  });

  it('retention worded as a cache, a purge from a named store, or a download window', () => {
    assert.equal(paramOf('Rendered charts are cached in Forge storage for up to 6 hours.', 'retention-period', 'period'), '6 hours');
    assert.equal(paramOf('Removed checklists are purged from Forge KVS after 30 days.', 'retention-period', 'period'), '30 days');
    assert.equal(paramOf('Generated reports stay available for download for 3 days and are then erased.', 'retention-period', 'period'), '3 days');
    assert.deepEqual(idsIn('Your data is never cached for longer than 12 hours.'), []);
  });

  it('all of its data in Forge KVS, the app named by its kind ("The Confluence macro", "The Compass plugin")', () => {
    assert.deepEqual(idsIn('The Confluence macro stores all of its data in Forge KVS.'), ['only-forge-kv']);
    assert.deepEqual(idsIn('The plugin keeps its settings in Forge key-value storage.'), []);
  });

  it('data "sent to" an AI provider names the provider the app uses; not a denial, nor another kind of vendor', () => {
    assert.deepEqual(paramOf('Ticket texts are sent to OpenAI for classification.', 'ai-providers-and-data', 'providers'), ['OpenAI']);
    assert.deepEqual(idsIn('Your page text is never sent to OpenAI.'), []);
    assert.deepEqual(idsIn('Reminder e-mails are sent to Postmark for delivery.'), []);
  });

  it('no data of a kind sent to "any analytics service" or "any error-tracking service" is no vendor of that kind', () => {
    assert.deepEqual(paramOf('The widget sends no clicks or page views to any analytics service.', 'third-parties-exactly', 'categories'), ['analytics']);
    assert.deepEqual(paramOf('Since version 4 the app no longer reports crashes to any error-tracking service.', 'third-parties-exactly', 'categories'), ['error-tracking']);
    assert.deepEqual(idsIn('We do not send personal data to any analytics provider.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('The app sends usage events to an analytics service.'), []);
  });

  it('logs that "contain ... only", and "We log X, never Y"', () => {
    assert.deepEqual(idsIn('Our logs contain job durations only.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Logs contain user names only.'), []);
    assert.deepEqual(idsIn('We log status codes, never page content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(paramOf('We log request IDs and response times, never IP addresses.', 'no-end-user-data-in-logs', 'kinds'), ['ip-address']);
  });

  it('calls made with asUser() named before the calls ("uses api.asUser() for all Jira requests")', () => {
    assert.deepEqual(idsIn('Our resolvers use api.asUser() for all Jira requests.'), ['calls-as-user']);
    assert.deepEqual(idsIn('We do not use asUser() for every call to Jira.'), []);
    assert.deepEqual(idsIn('The app uses asUser() for every call to our backend.'), []);
  });

  it('security reports replied to within a time, and a bug bounty\'s submissions triaged within one', () => {
    assert.deepEqual(idsIn('We respond to every vulnerability report within 48 hours.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('Through our bug bounty programme we triage every submission within two business days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('We reply to support tickets within 3 working days.'), []);
  });

  it('a denial of some personal data, then "\u2014 only" the kind kept: collects-only of that kind, and the kept kind is no kind denied', () => {
    assert.deepEqual(paramOf('We keep no display names \u2014 only the account ID of each voter.', 'collects-only', 'kinds'), ['account-id']);
    assert.deepEqual(paramOf('We keep no display names \u2014 only the account ID of each voter.', 'no-personal-data-stored', 'kinds'), ['display-name']);
    assert.deepEqual(idsIn("We don't store e-mail addresses \u2014 only settings."), ['no-personal-data-stored']);
  });

  it('identifiers "scrubbed" from what a vendor receives, or "removed" in the clause after the vendor', () => {
    assert.equal(paramOf('Bugsnag receives crash reports, scrubbed of account IDs and e-mail addresses.', 'no-identifiers-to-vendor', 'vendor'), 'BugSnag (SmartBear)');
    assert.equal(paramOf("The app posts the issue text to Anthropic's API; reporter names and e-mail addresses are removed before the call.", 'no-identifiers-to-vendor', 'vendor'), 'Anthropic');
    assert.equal(paramOf('Paragraphs go to DeepL (api.deepl.com, EU endpoint) for translation; user names and account IDs are stripped first.', 'no-identifiers-to-vendor', 'vendor'), 'DeepL');
    assert.deepEqual(idsIn("Sentry receives stack traces and the user's e-mail address."), []);
    assert.deepEqual(idsIn("The app posts the issue text to Anthropic's API; attachments are removed before the call."), []);
  });

  it('"makes no network requests outside" Atlassian or the site is no egress; asking for scopes is no request', () => {
    assert.deepEqual(idsIn('The diagram macro makes no web requests outside your site.'), ['no-egress']);
    assert.ok(!idsIn('The app requests no scopes outside Jira.').includes('no-egress'));
  });

  it("Google Cloud's region codes of every continent name a region (australia-southeast1, asia-northeast1)", () => {
    assert.equal(paramOf('Our back end is hosted in asia-northeast1.', 'data-region', 'place'), 'asia-northeast1');
    assert.equal(paramOf('Our API runs in europe-west3.', 'data-region', 'area'), 'EU');
  });

  it('no more scopes than the code needs, each one of a list used, and scopes reviewed before each release', () => {
    assert.deepEqual(idsIn('The gadget never asks for more scopes than its code uses.'), ['least-privilege-scopes']);
    assert.ok(idsIn('The manifest lists two scopes, read:jira-work and storage:app, and each one is used by the code.').includes('least-privilege-scopes'));
    assert.deepEqual(idsIn('The app requests more permissions than it used to.'), []);
    assert.deepEqual(idsIn('The app still requests two legacy scopes, and not every one is used by the code.'), []);
    assert.deepEqual(idsIn("We check the app's dependencies before each release."), ['reviewed-before-release']);
  });
});
