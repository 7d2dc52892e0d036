/** The readings the twenty-second round left: false claims first, then the kinds of held-out-16's misses, each in its general form. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
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
});
