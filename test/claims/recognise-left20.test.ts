/** Wordings the twentieth round (held-out-14) left, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const inStatement = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);

describe('recognising the twentieth round\'s leftovers, held-out-14\'s round', () => {
  it('a "Recipients" label valued "none" names no third party, as "Sub-processors: none" does', () => {
    assert.deepEqual(read('Recipients: none.'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('Recipients of personal data: none'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(inStatement('- Purpose: weekly digest\n- Recipients: none'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(read('Sub-processors: None'), [['third-parties-exactly', { parties: [] }]]);
    // People a user picks are no vendor; a bare "No recipients" may be an e-mail's.
    assert.deepEqual(read('Recipients: the colleagues you pick in the share dialog.'), []);
    assert.deepEqual(read('No recipients.'), []);
  });

  it('a denial put before its verb and subject reads as the denial in its usual order', () => {
    assert.deepEqual(idsIn('At no point does any of it leave Atlassian.'), ['no-egress']);
    assert.deepEqual(read('Page text is read in the browser; at no point is any of it sent to us.'), [['no-egress', { content: true }]]);
    assert.deepEqual(read('Under no circumstances are e-mail addresses kept by the app.'), [['no-personal-data-stored', { kinds: ['email'] }]]);
    assert.deepEqual(read('Never does the app alter your pages.'), [['no-content-create-edit-delete', { object: 'page', actions: ['edit'] }]]);
    assert.deepEqual(idsIn('At no time do any of your pages leave Atlassian.'), ['no-egress']);
    // "... and never will be (written)" is no inversion; a document shared within a team is no data of the customer's.
    assert.deepEqual(idsIn('Customer content is not kept on our servers, and never will be written there.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('The list of sub-processors is reviewed yearly; at no point is it shared outside the legal team.'), []);
  });

  it('"neither ... nor ..." over kinds of scope is no write scope, and over two kinds of data denies each', () => {
    assert.deepEqual(read('The app requests neither write nor delete scopes.'), [['no-write-scopes', {}]]);
    assert.deepEqual(read('Timesheets asks for neither write nor admin permissions.'), [['no-write-scopes', {}]]);
    assert.deepEqual(read('The app does not request write or admin scopes.'), [['no-write-scopes', {}]]);
    assert.deepEqual(read('We keep neither issue text nor e-mail addresses.'), [['no-page-content-stored', {}], ['no-personal-data-stored', { kinds: ['email'] }]]);
    assert.deepEqual(idsIn('The app stores neither page bodies nor account IDs.'), ['no-page-content-stored', 'no-personal-data-stored']);
    // Two features not used claim nothing.
    assert.deepEqual(read('We use neither Jira nor Confluence webhooks.'), []);
    assert.deepEqual(idsIn('We neither store nor transmit page content.'), ['no-page-content-stored']);
  });

  it('a lead-in that closes its list, or a count before the scopes, makes the scopes exact', () => {
    const scopesOf = (found: Array<[string, Record<string, unknown>]>) => found.find(([id]) => id === 'exact-scopes')?.[1];
    assert.deepEqual(scopesOf(inStatement('The following scopes are requested, and no others:\n\n- read:jira-work\n- storage:app')), { scopes: [{ scope: 'read:jira-work' }, { scope: 'storage:app' }] });
    const counted = read('The app asks for neither write nor admin scopes, only the two scopes it needs: read:confluence-content.summary and storage:app.');
    assert.deepEqual(scopesOf(counted), { scopes: [{ scope: 'read:confluence-content.summary' }, { scope: 'storage:app' }], count: 2 });
    assert.ok(counted.some(([id]) => id === 'no-write-scopes'));
    // A list of some scopes is not all of them.
    assert.equal(scopesOf(inStatement('The following scopes are requested:\n\n- read:jira-work\n- storage:app')), undefined);
  });

  it('what a pronoun after a semicolon stands for is never written anywhere, nor to disk or logs', () => {
    assert.deepEqual(idsIn('Page text is processed in memory; it is never written anywhere.'), ['no-page-content-stored']);
    assert.deepEqual(idsIn('Issue bodies stay in memory while the report is built; they are never written to disk or to logs.'), ['no-end-user-data-in-logs', 'no-page-content-stored']);
    assert.deepEqual(idsIn('Issue data is fetched on demand; it is never stored by the app.'), ['no-page-content-stored']);
    // Logs alone, or the vendor's servers beside them, are not every store.
    assert.deepEqual(idsIn('Page text is held in memory; it is never written to logs.'), ['no-end-user-data-in-logs']);
  });

  it('kept in Atlassian "and not kept anywhere else", and "nothing on our side to delete"', () => {
    assert.deepEqual(idsIn('Diagrams are stored in Confluence and are not kept anywhere else by the app.'), ['storage-only-atlassian']);
    assert.ok(idsIn('Your settings are saved in Forge storage and not kept anywhere else.').includes('storage-only-atlassian'));
    assert.ok(idsIn('Settings are stored in Confluence; they are not kept anywhere else.').includes('storage-only-atlassian'));
    assert.deepEqual(idsIn('Diagrams are stored on our servers and are not kept anywhere else.'), []);
    assert.deepEqual(idsIn('There is nothing on our side to delete.'), ['no-customer-content-outside-atlassian']);
    assert.ok(idsIn('Once the app is removed, there is nothing on our side to delete.').includes('no-customer-content-outside-atlassian'));
    assert.deepEqual(idsIn('There is nothing on our side to configure.'), []);
  });

  it('logs that hold no user content are about logs, and "in Forge or anywhere else" is everywhere, not outside Atlassian', () => {
    assert.deepEqual(idsIn('We keep access logs for 14 days; they hold no user content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('The app\'s logs hold no issue content.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('We do not keep your data in Forge or anywhere else.'), ['no-data-stored']);
    assert.deepEqual(idsIn('The app does not keep page content in Forge or anywhere else.'), ['no-page-content-stored']);
    assert.deepEqual(idsIn('Page text is stored neither in Forge nor anywhere else.'), ['no-page-content-stored']);
    // Anywhere else beside a store of the vendor's, or after a store of Atlassian's, still reads as it did.
    assert.ok(idsIn('Settings are held in Forge storage; nothing is kept anywhere else.').includes('storage-only-atlassian'));
    assert.deepEqual(idsIn('We do not store your data outside Atlassian.'), ['no-customer-content-outside-atlassian']);
  });
});
