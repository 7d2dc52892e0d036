/** The kinds of wording held-out-17 misread or missed, each in its general form, beside the near wordings that must stay as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();
const inStatement = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);

describe('recognising the kinds held-out-17 misread (false claims first)', () => {
  it('two editions joined as the label or opening ("Data Center and Server: ...") claim nothing of the Cloud app', () => {
    assert.deepEqual(idsIn('Server and Data Center editions: settings stay until an admin deletes them.'), []);
    assert.deepEqual(idsIn('For Data Center and Server customers, no data leaves Atlassian.'), []);
    assert.deepEqual(idsIn('Data Center: nothing is sent outside your network.'), []);
    assert.deepEqual(idsIn('Nothing is sent outside Atlassian.'), ['no-egress']);
  });

  it('a "page load" or "page view" is no page: reading something on each one and keeping nothing keeps no data, not page content', () => {
    assert.deepEqual(idsIn('The gadget fetches the build status on each page view and keeps nothing.'), ['no-data-stored']);
    assert.deepEqual(idsIn('The banner reads the incident feed on every page load and stores nothing.'), ['no-data-stored']);
    assert.deepEqual(idsIn('The macro reads the page on every view and stores nothing.'), ['no-data-stored', 'no-page-content-stored']);
  });

  it("a period under a row label or heading of backups or logs is theirs, not the app's data's", () => {
    const table = inStatement('Setting | Value\nDatabase backups | Nightly, kept for 30 days\nExport files | Kept for 7 days');
    assert.deepEqual(table.filter(([id]) => id === 'retention-period').map(([, params]) => params.period), ['7 days']);
    assert.deepEqual(inStatement('### Audit logs\n\nRetained for 90 days, then purged.'), []);
    assert.deepEqual(inStatement('### Exports\n\nRetained for 90 days, then purged.').map(([id]) => id), ['retention-period']);
  });
});

describe('recognising the kinds held-out-17 missed', () => {
  it('a control ID before the question with a dash, and SIG\'s IDs ("SIG P.3 —"), label the question the answer replies to', () => {
    assert.deepEqual(idsIn('CAIQ LOG-05 \u2014 Does the app write personal data to its logs? No.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('DSP-11 - Does the app use Forge remotes? No.'), ['no-remotes']);
    assert.deepEqual(idsIn('SIG P.3 \u2014 Are clients told of a confirmed breach? Yes - within 72 hours.'), ['incident-notification']);
  });

  it('organisational wordings: access "is role-based", vendors vetted before contracting, a SIEM, alerts around the clock, staff screened', () => {
    assert.deepEqual(idsIn('Production access is role-based and removed on the day someone leaves.'), ['access-control']);
    assert.deepEqual(idsIn('Every new vendor is vetted before contracting, and each is re-assessed once a year.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('Security events from our cloud accounts flow into a SIEM.'), ['security-monitoring']);
    assert.deepEqual(idsIn('Alerts are handled around the clock by the on-call engineer.'), ['security-monitoring']);
    assert.deepEqual(idsIn('Contractors are screened before they receive any credentials.'), ['background-checks']);
    assert.deepEqual(idsIn('Staff are vetted to BS 7858.'), ['background-checks']);
    assert.deepEqual(idsIn('Pre-employment checks are carried out for all staff.'), ['background-checks']);
    assert.deepEqual(idsIn('Uploaded files are screened for malware before they are attached.'), []);
  });

  it('where data is: processing that "happens" somewhere, Microsoft Azure\'s named regions, the vendor\'s own database on a cloud, a data centre\'s location', () => {
    assert.equal(paramOf('All processing happens in Google Cloud europe-west3 (Frankfurt).', 'data-region', 'area'), 'EU');
    assert.equal(paramOf('Customer data is held in the Microsoft Azure Germany West Central region.', 'data-region', 'area'), 'EU');
    assert.deepEqual(inStatement('Where do you keep backend data?\nIn our MySQL database on Azure in the UK.').find(([id]) => id === 'data-region')?.[1].area, 'GB');
    assert.deepEqual(inStatement('Datacentre | Value\nData center location | Nuremberg, Germany').find(([id]) => id === 'data-region')?.[1].area, 'EU');
    assert.deepEqual(idsIn('We never keep it in our database in the US.'), []);
  });

  it('a day of the week is a weekly schedule, and a reason after the schedule denies nothing of it', () => {
    assert.equal(paramOf('The digest job runs every Friday afternoon.', 'scheduled-interval', 'interval'), 'week');
    assert.equal(paramOf('Reminders are synced on Mondays by a scheduled trigger.', 'scheduled-interval', 'interval'), 'week');
    assert.equal(paramOf('A daily sync refreshes the board, because nobody edits it overnight.', 'scheduled-interval', 'interval'), 'day');
    assert.deepEqual(idsIn('Daily syncs never run on weekends.'), []);
  });

  it('calls "through asApp()" followed by more words, and requests made "as that person" named before', () => {
    assert.deepEqual(idsIn('Each Confluence call goes through asApp() and nothing else.'), ['calls-as-app']);
    assert.deepEqual(idsIn('Requests to our own server go through asApp().'), []);
    assert.deepEqual(idsIn("Pages are loaded with the viewer's own rights: each Confluence request is made as that person."), ['calls-as-user']);
  });

  it('retention in minutes, removal "from it", and data made on request (not deleted on request)', () => {
    assert.equal(paramOf('Thumbnails are cached for 30 minutes.', 'retention-period', 'period'), '30 minutes');
    assert.equal(paramOf('Reports are built on request and deleted from our bucket after 48 hours.', 'retention-period', 'period'), '48 hours');
    assert.equal(paramOf('Uploads are parsed by our worker and removed from it within 10 minutes.', 'retention-period', 'period'), '10 minutes');
    assert.deepEqual(idsIn('Your account is deleted on request within 30 days.'), []);
  });

  it('no data "other than" a kind, and a record\'s list of the categories of personal data, name all that is kept', () => {
    assert.deepEqual(paramOf('The app keeps no data other than the account IDs of approvers.', 'collects-only', 'kinds'), ['account-id']);
    assert.deepEqual(paramOf('We store no information apart from the e-mail address you register with.', 'collects-only', 'kinds'), ['email']);
    assert.deepEqual(paramOf('Record of processing \u2014 categories of personal data: account ID and e-mail address of each requester.', 'collects-only', 'kinds'), ['account-id', 'email']);
    assert.deepEqual(idsIn('Categories of personal data: the people who approve changes.'), []);
    assert.deepEqual(paramOf('The app does not store personal data (other than the account ID).', 'collects-only', 'kinds'), ['account-id']);
  });

  it('a clause about a past version ("Before release 2.4 ...", "Versions before 1.5 ...") claims nothing of the app now', () => {
    assert.deepEqual(paramOf('Before release 2.4 the app stored display names in its own database; from 2.4 it keeps only account IDs.', 'collects-only', 'kinds'), ['account-id']);
    assert.deepEqual(idsIn('Versions before 1.5 sent usage events to Segment.'), []);
    assert.deepEqual(idsIn('Until version 4.1, exports were kept on our servers.'), []);
    assert.equal(paramOf('Up to 500 exports are kept for 7 days each.', 'retention-period', 'period'), '7 days');
  });

  it('secrets never "handed back" to the front end, and crash reports as error tracking', () => {
    assert.deepEqual(idsIn('Tokens you save are never handed back to the front end.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(paramOf('The companion app sends no crash reports to any service.', 'third-parties-exactly', 'categories'), ['error-tracking']);
  });
});
