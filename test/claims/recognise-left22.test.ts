/** Readings left by the twenty-first round and held-out-15's kinds, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const paramsOf = (sentence: string, id: string): Record<string, unknown> | undefined => read(sentence).find(([found]) => found === id)?.[1];
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();

describe('recognising the readings left by the twenty-first round', () => {
  it('calls a clause denies carry no data named before them (", and makes no calls outside Atlassian")', () => {
    assert.deepEqual(idsIn('The gadget keeps no personal data, sets no cookies, and makes no calls outside Atlassian.'), ['no-egress', 'no-personal-data-stored']);
    assert.deepEqual(idsIn('Our plugin keeps no personal data, and makes no calls outside Atlassian.'), ['no-egress', 'no-personal-data-stored']);
  });

  it('a vendor, then every other party denied ("sent to Anthropic and never to any other party"), is the list and the AI provider', () => {
    assert.deepEqual(idsIn('Draft text is sent to Anthropic and never to any other party.'), ['ai-providers-and-data', 'third-parties-exactly']);
    assert.deepEqual(paramsOf('Draft text is sent to Anthropic and never to any other party.', 'ai-providers-and-data'), { providers: ['Anthropic'] });
    assert.deepEqual(idsIn('Invoices are sent to Paddle and to no other company.'), ['third-parties-exactly']);
    // No other party denied: room for others, so no list; the AI provider named is the one the app uses, as "go to" reads.
    assert.deepEqual(idsIn('Summaries are sent to Mistral AI for drafting.'), ['ai-providers-and-data']);
  });

  it('a sale of data is no claim: no call in the code shows one', () => {
    assert.deepEqual(idsIn('We do not sell customer data.'), []);
    assert.deepEqual(idsIn('We will never sell your personal information.'), []);
  });

  it('"nobody but", "anyone but" are exceptions, as "nothing but" is; Atlassian after them excepts nothing', () => {
    assert.deepEqual(paramsOf('Customer data is shared with nobody but Stripe.', 'no-end-user-data-to-third-parties')?.except, ['Stripe']);
    assert.equal(paramsOf('The app does not share issue data with anyone but Postmark.', 'no-end-user-data-to-third-parties')?.except !== undefined, true);
    assert.equal(paramsOf('The app shares data with nobody but Atlassian.', 'no-end-user-data-to-third-parties')?.except, undefined);
    assert.deepEqual(idsIn('The app shares data with nobody but Atlassian.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('Nobody but your own admins can see the reports.'), []);
  });

  it('a data region comes from the clause that says where data is; data in two areas is no one region', () => {
    assert.equal(paramsOf('We are a company registered in Austria; all customer data is stored in the US.', 'data-region')?.area, 'US');
    assert.equal(paramsOf('Example Labs is incorporated in Ireland, and app data is hosted in Canada.', 'data-region')?.place, 'Canada');
    assert.equal(paramsOf('Data is stored in the US and our invoices are issued from Germany.', 'data-region')?.area, 'US');
    assert.deepEqual(idsIn('Data is stored in AWS eu-central-1 with a disaster-recovery copy in us-east-1.'), []);
    assert.deepEqual(idsIn('Data is stored in the US and processed in Germany.'), []);
    assert.equal(paramsOf('Data is stored in Frankfurt and Dublin.', 'data-region')?.area, 'EU');
    assert.equal(paramsOf('The backend is hosted in Frankfurt (AWS eu-central-1).', 'data-region')?.place, 'eu-central-1');
    // Two areas in one list, or a snapshot in another area, are no one region either; a city and its country are one place.
    assert.deepEqual(idsIn('Data is stored in the US and in Germany.'), []);
    assert.deepEqual(idsIn('All data is stored in the US and Germany.'), []);
    assert.deepEqual(idsIn('All data is stored in the EU; disaster-recovery snapshots go to us-east-1.'), []);
    assert.equal(paramsOf('Data is stored in eu-central-1 and in eu-west-1.', 'data-region')?.area, 'EU');
    assert.equal(paramsOf('Our APIs are hosted on Fly.io in Sydney, Australia.', 'data-region')?.place, 'Australia');
  });
});

describe('recognising held-out-15\'s kinds', () => {
  it('identifiers withheld after a comma or a dash, or removed before sending', () => {
    assert.deepEqual(paramsOf('The app sends only the page excerpt to Anthropic (api.anthropic.com), never the author\'s account ID or e-mail address.', 'no-identifiers-to-vendor'), { vendor: 'Anthropic' });
    assert.deepEqual(idsIn('Crash reports go to Bugsnag, with account IDs and e-mail addresses stripped first.'), ['no-identifiers-to-vendor']);
    assert.deepEqual(idsIn('Only the Cloud edition sends errors, to Rollbar, with user names removed first.'), ['no-identifiers-to-vendor']);
    assert.deepEqual(idsIn('The app sends the account ID to Mixpanel, never the e-mail address.'), []);
  });

  it('a third party named by its role in an embed ("the embedded site")', () => {
    assert.deepEqual(idsIn('Issue text is never passed to the embedded site: the gadget sends only the chart\'s URL.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('Page content is never sent to the embedding service.'), ['no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('The embedded provider may set its own cookies.'), []);
  });

  it('no copy of the repository kept is no source code kept', () => {
    assert.deepEqual(paramsOf('The merge check keeps no copy of your repository.', 'no-page-content-stored'), { parts: ['source code'] });
    assert.deepEqual(idsIn('The scanner sends no source code to us and stores no clone of the repo.'), ['no-egress', 'no-page-content-stored']);
    assert.deepEqual(idsIn('Customers can keep a copy of their repository in the pipe\'s cache.'), []);
    // Kept until a bound is kept a while: no claim.
    assert.deepEqual(idsIn('The app keeps no copy of your repository longer than 24 hours.'), []);
    assert.deepEqual(idsIn('The app keeps no copy of your repository after the scan finishes.'), []);
  });

  it('a retention schedule of several kinds: the longest period, for parts of the data, logs left to their claim', () => {
    assert.deepEqual(paramsOf('Retention: cache entries 24 hours, exports 30 days, audit logs 2 years.', 'retention-period'), { period: '30 days', part: true });
    assert.deepEqual(paramsOf('Retention schedule: draft replies 48h \u00b7 CSV exports 14 days \u00b7 usage counters 6 months', 'retention-period'), { period: '6 months', part: true });
    assert.deepEqual(paramsOf('Retention: 30 days.', 'retention-period'), { period: '30 days' });
  });

  it('a recipient excepted before the app\'s clauses is the exception of the sending clause only', () => {
    const sentence = 'Apart from Teams, to which the app posts a short notice, the app sends no data to any third party, stores no personal data and makes no changes to your pages.';
    assert.deepEqual(idsIn(sentence), ['no-content-create-edit-delete', 'no-personal-data-stored', 'third-parties-exactly']);
    assert.deepEqual(idsIn('Except for Slack, the app stores no personal data.'), []);
    // With no clause that makes it a recipient, the exception may be of a store or a log: no clause is claimed.
    assert.deepEqual(idsIn('Except for AWS, the app stores no customer data and shares nothing with third parties.'), []);
    assert.equal(paramsOf('Apart from Sentry, the app logs no personal data and sends nothing to third parties.', 'no-end-user-data-in-logs'), undefined);
  });

  it('a verb the subject repeats after "and", with a denial of its own, is its own clause', () => {
    assert.deepEqual(idsIn('Our plugin keeps no personal data and makes no changes to your issues.'), ['no-content-create-edit-delete', 'no-personal-data-stored']);
  });

  it('a place\'s data residency on a line of its own names the region', () => {
    assert.equal(paramsOf('\u2022 UK data residency (London)', 'data-region')?.area, 'GB');
    assert.equal(paramsOf('US data residency', 'data-region')?.area, 'US');
    assert.deepEqual(idsIn('EU data residency is coming in 2027.'), []);
    assert.deepEqual(idsIn('Atlassian offers EU data residency.'), []);
  });
});
