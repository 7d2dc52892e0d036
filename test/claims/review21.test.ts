/** What the twenty-first round's review found in its readings, each beside the wording the round meant to read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('the twenty-first round reviewed', () => {
  it('"On the server, ..." speaks of the vendor\'s back end, not of the Server edition', () => {
    assert.deepEqual(idsIn('On the server, personal data is never logged.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('In the server, personal data is never logged.'), ['no-end-user-data-in-logs']);
    // The edition named as such still claims nothing of the Cloud app.
    assert.deepEqual(idsIn('On Server, personal data is never logged.'), []);
    assert.deepEqual(idsIn('On the Server edition, the app never phones home.'), []);
  });

  it('a supplier\'s report in a sentence leaves the vendor\'s own certification a claim', () => {
    assert.deepEqual(idsIn('We are ISO 27001 certified and review each supplier\'s SOC 2 report annually.'), ['certifications']);
    assert.deepEqual(idsIn('We review each supplier\'s SOC 2 report, and we are ISO 27001 certified.'), ['certifications']);
    // The supplier's report alone is no certification of the vendor's, in a list of reports too.
    assert.deepEqual(idsIn('We vet each supplier\'s security practices (ISO 27001 certificate or SOC 2 report) before onboarding.'), ['vendor-risk-management']);
    assert.deepEqual(idsIn('We evaluate each sub-processor\'s security posture (SOC 2 report or questionnaire).'), ['vendor-risk-management']);
  });

  it('scopes of a kind ("Write scopes are ...", "Optional scopes are ...") are some of the app\'s, no list of all of them', () => {
    assert.deepEqual(idsIn('Write scopes are write:jira-work.'), []);
    assert.deepEqual(idsIn('Optional scopes are write:jira-work and delete:jira-work.'), []);
    assert.deepEqual(idsIn('Jira scopes are read:jira-work and read:jira-user.'), []);
    // The app's own, by its name or in general, still list them all.
    assert.deepEqual(idsIn('Acme Notes\' scopes are read:jira-work and storage:app.'), ['exact-scopes']);
    assert.deepEqual(idsIn('The scopes are read:jira-work and storage:app.'), ['exact-scopes']);
    assert.deepEqual(idsIn('OAuth scopes are read:jira-work and storage:app.'), ['exact-scopes']);
  });
});
