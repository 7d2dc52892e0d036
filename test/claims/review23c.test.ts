/** The twenty-third round's claims change, reviewed: the false claims and false verdicts its wider wordings made, beside what they were for. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../src/check/index.ts';
import callsAsUser from '../../src/claims/catalogue/calls-as-user.ts';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';
import { outcomeOf } from './claim-cases.ts';
import { makeFacts, restCall } from './facts-builder.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);

describe('questions run into one line', () => {
  it('are split only where a one-word answer is followed by the next question, not by a sentence that answers', () => {
    // "No personal data leaves your site" answers in a sentence: it is no "No" to "Does the app store personal data?".
    assert.deepEqual(idsIn('Does the app store personal data? No personal data leaves your Atlassian site. Does the app use sub-processors? No.'), ['no-personal-data-leaves-atlassian', 'third-parties-exactly']);
    assert.deepEqual(idsIn('Does the app store personal data? No. Does the app use sub-processors? No.'), ['no-personal-data-stored', 'third-parties-exactly']);
    assert.deepEqual(idsIn('Question Answer Does the app store data outside Atlassian? No Does it use sub-processors? No Is data encrypted at rest? Yes'), ['encryption-at-rest', 'no-customer-content-outside-atlassian', 'third-parties-exactly']);
  });
});

describe('clauses about a past version', () => {
  it('are a version named after "before", "until" or "up to", not an amount ("Up to 1.5 GB of ...")', () => {
    assert.deepEqual(read('Up to 1.5 GB of issue data is kept in Forge storage and deleted after 30 days.'), [['retention-period', { period: '30 days' }]]);
    assert.deepEqual(idsIn('Up to 2.5 MB of page text is sent to OpenAI per request.'), ['ai-providers-and-data']);
    assert.deepEqual(idsIn('Up to 1.8, the app sent crash reports to Bugsnag.'), []);
    assert.deepEqual(idsIn('Until 2.0 the app kept e-mail addresses.'), []);
  });
});

describe('organisational wordings', () => {
  it('a key the customer brings for an AI provider or an API ("bring your own OpenAI key (BYOK)") is no encryption at rest', () => {
    assert.deepEqual(idsIn('Customers can bring their own OpenAI key (BYOK) for the AI features.'), []);
    assert.deepEqual(idsIn('BYOK: admins paste their own Anthropic API key in the app settings.'), []);
    assert.deepEqual(idsIn('Customers can bring their own encryption key for the reports we store.'), ['encryption-at-rest']);
    assert.deepEqual(idsIn('Enterprise customers can bring their own key (BYOK) for the archives we keep.'), ['encryption-at-rest']);
  });

  it('people screened are the subject: what they share or send that is screened is no background check', () => {
    assert.deepEqual(idsIn('Attachments shared by team members are screened for personal data before they are sent to OpenAI.'), ['ai-providers-and-data']);
    assert.deepEqual(idsIn('Messages from employees are screened by our DLP filter.'), []);
    assert.deepEqual(idsIn("Employees' laptops are screened for vulnerabilities."), []);
    assert.deepEqual(idsIn('All employees with access to customer data are screened before they join.'), ['background-checks']);
    assert.deepEqual(idsIn('Before they join, engineers are vetted.'), ['background-checks']);
  });

  it('a SIEM is the vendor\'s monitoring, not the customer\'s SIEM the app feeds ("forward audit events to your SIEM")', () => {
    assert.deepEqual(idsIn("SIEM integration: admins can forward the app's audit events to their own SIEM."), []);
    assert.deepEqual(idsIn('The app can forward its audit events to your SIEM.'), []);
    assert.deepEqual(idsIn('Audit logs are streamed to a SIEM.'), ['security-monitoring']);
    assert.deepEqual(idsIn('Our SIEM alerts the on-call engineer.'), ['security-monitoring']);
  });

  it('access that "is role-based" is the vendor\'s people\'s or systems\', not the app\'s own feature', () => {
    assert.deepEqual(idsIn('Access in the app is role-based: Jira project permissions decide what each user sees.'), []);
    assert.deepEqual(idsIn('Access to reports is role-based.'), []);
    assert.deepEqual(idsIn('Access to production systems is role-based.'), ['access-control']);
    assert.deepEqual(idsIn('Staff access is role-based and reviewed quarterly.'), ['access-control']);
  });
});

describe('schedules on days of the week', () => {
  it('a range or a list of weekdays is more than once a week: no weekly interval', () => {
    assert.deepEqual(idsIn('The sync job runs every Monday to Friday at 06:00.'), []);
    assert.deepEqual(idsIn('The sync job runs on Mondays and Thursdays.'), []);
    assert.deepEqual(idsIn('The sync job runs on Mondays, Wednesdays and Fridays.'), []);
    assert.deepEqual(read('The sync job runs every Monday at 06:00.'), [['scheduled-interval', { interval: 'week' }]]);
    assert.deepEqual(read('Reminders are synced on Mondays by a scheduled trigger.'), [['scheduled-interval', { interval: 'week' }]]);
  });
});

describe('a longer sub-processor label answered "none"', () => {
  it('denies every party only when the label does not narrow them to a purpose, an exception, a place or shared data', () => {
    assert.deepEqual(idsIn('Third parties we share personal data with for marketing: none.'), []);
    assert.deepEqual(idsIn('Sub-processors outside the EU: none.'), []);
    assert.deepEqual(idsIn('Sub-processors in the US: none.'), []);
    assert.deepEqual(idsIn('Sub-processors for analytics: none.'), []);
    assert.deepEqual(read('Sub-processors authorised at the date of this Agreement: none.'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('Third-party processors used by the plugin: none'), [['third-parties-exactly', { parties: [] }]]);
  });
});

describe('a sentence about the app\'s writes only', () => {
  it('is unverified by a call as the other principal whose method the code chooses at run time, which may write', async () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/review23c/open-method-as-user');
    const run = await check(dir, { statements: [path.join(dir, 'statements/security.md')] });
    const results = run.sources.flatMap((s) => s.results).map((r) => `${r.claim} ${r.verdict} @ ${r.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`);
    assert.deepEqual(results, ['calls-as-app unverified @ src/index.js:16']);
  });

  it('is still contradicted by a write as the other principal, and verified when that principal only reads', () => {
    const userWrite = restCall('jira', 'PUT', '/rest/api/3/issue/{}', null, 'src/edit.js', 9);
    const appRead = { ...restCall('jira', 'GET', '/rest/api/3/search', null, 'src/sync.js', 4), auth: 'asApp' as const };
    const appOpen = { ...appRead, openMethod: true as const };
    const params = { writes: true as const };
    assert.deepEqual(outcomeOf(callsAsUser, { name: 'open', params, facts: makeFacts({ restCalls: [userWrite, appOpen] }), expect: null as never }), { verdict: 'unverified', messageId: 'openMethod', at: ['src/sync.js:4'] });
    assert.deepEqual(outcomeOf(callsAsUser, { name: 'read', params, facts: makeFacts({ restCalls: [userWrite, appRead] }), expect: null as never }), { verdict: 'verified', messageId: 'verifiedWrites', at: ['src/edit.js:9'] });
    assert.deepEqual(outcomeOf(callsAsUser, { name: 'write', params, facts: makeFacts({ restCalls: [userWrite, { ...appRead, method: 'POST' as const }] }), expect: null as never }), { verdict: 'contradicted', messageId: 'asApp', at: ['src/sync.js:4'] });
  });
});

describe('where the app or its servers run, beside where data is', () => {
  it('a clause about where the app runs leaves a clause about where data is processed held to every vendor and endpoint', async () => {
    const dir = path.resolve(import.meta.dirname, '../fixtures/review23c/app-hosted-region');
    const run = await check(dir, { statements: [path.join(dir, 'statements/privacy.md')] });
    const results = run.sources.flatMap((s) => s.results).filter((r) => r.claim === 'data-region').map((r) => `${r.source.line} ${r.verdict} @ ${r.evidence.map((e) => `${e.file}:${e.line}`).join(' ')}`);
    assert.deepEqual(results, ['3 contradicted @ src/index.js:7', '5 contradicted @ src/index.js:7']);
  });

  it('is still where the servers run when every clause that names a place says so', () => {
    assert.deepEqual(read('Acme is a Connect app hosted by Acme Ltd on Fly.io in Frankfurt.'), [['data-region', { area: 'EU', place: 'Frankfurt', hosting: true }]]);
    assert.deepEqual(read('Our servers are hosted in the EU; all data is processed only in the EU.'), [['data-region', { area: 'EU', place: 'EU' }]]);
  });
});

describe('a list of the personal data kept', () => {
  it('left open (examples, other data besides, a reference elsewhere) names no list of all that is kept', () => {
    assert.deepEqual(idsIn("We don't store any data other than what Jira already holds, such as issue keys and account IDs."), []);
    assert.deepEqual(idsIn('Categories of personal data: account IDs, e-mail addresses and other details you enter in the form.'), []);
    assert.deepEqual(idsIn('Categories of personal data: Atlassian account IDs (see Annex II for the full list).'), []);
    assert.deepEqual(read('We hold no data other than the account ID of each person who logs time.'), [['collects-only', { kinds: ['account-id'] }]]);
  });

  it('names a person\'s "names" in a list of categories of personal data as their display names', () => {
    assert.deepEqual(read('Categories of personal data: account IDs and names.'), [['collects-only', { kinds: ['account-id', 'display-name'] }]]);
  });
});

describe('a period under a label of backups or logs', () => {
  it('is theirs only when the label is that topic alone, not one that names others too or a thing of its own', () => {
    assert.deepEqual(inStatement('## Logging and data retention\n\nIssue snapshots are deleted after 30 days.'), [['retention-period', { period: '30 days', data: 'snapshots' }]]);
    assert.deepEqual(inStatement('## Billing and privacy\n\nIssue data is deleted after 30 days.'), [['retention-period', { period: '30 days' }]]);
    assert.deepEqual(inStatement('### Audit logs\n\nRetained for 90 days, then purged.'), []);
  });
});

describe('a period something "stays" or "remains available" for', () => {
  it('is data kept when the sentence names its store or its deletion, whatever versions or updates it names; not a trial or a support window', () => {
    assert.deepEqual(read('Page versions stay in our database for 30 days.'), [['retention-period', { period: '30 days' }]]);
    assert.deepEqual(read('Status updates remain available for 90 days, then they are deleted.'), [['retention-period', { period: '90 days' }]]);
    assert.deepEqual(idsIn('Older versions remain available for 6 months.'), []);
    assert.deepEqual(idsIn('The app is available for 14 days as a free trial.'), []);
  });
});
