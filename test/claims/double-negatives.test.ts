/** Double negatives undone, and what only looks like one left as written: an answer's "No - ...", two clauses, a reassurance. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { undoubled } from '../../src/claims/double-negatives.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('double negatives', () => {
  it('reads two negations that undo each other as the universal they mean', () => {
    assert.equal(undoubled('There is no data that is not stored in Forge storage.'), 'All data is stored in Forge storage.');
    assert.equal(undoubled('There is no data we send that doesn\'t stay inside Atlassian.'), 'All data we send stays inside Atlassian.');
    assert.equal(undoubled('Nothing in the add-on is not hosted on Atlassian Forge.'), 'Everything in the add-on is hosted on Atlassian Forge.');
    assert.equal(undoubled('No third-party services are not listed here.'), 'All third-party services are listed here.');
    assert.equal(undoubled('No data we store is not encrypted.'), 'All data we store is encrypted.');
    assert.equal(undoubled('We never fail to remove your data.'), 'We always remove your data.');
    assert.equal(undoubled('We do not have no servers.').trim(), '');
  });

  it('leaves an answer\'s "No - ..." a denial: the dash is no noun phrase', () => {
    for (const answer of ['No - the app does not store any personal data.', 'No - we do not send data to third parties.', 'No - customer data does not leave Atlassian.', 'No -- customer data does not leave Atlassian.']) {
      assert.equal(undoubled(answer), answer);
    }
    assert.deepEqual(idsIn('No - the app does not store any personal data.'), ['no-personal-data-stored']);
    assert.deepEqual(idsIn('No - we do not send data to third parties.'), ['third-parties-exactly']);
    assert.deepEqual(idsIn('No - customer data does not leave Atlassian.'), ['no-egress']);
  });

  it('does not run a noun phrase over a verb or a conjunction: two denials stay two denials', () => {
    assert.equal(undoubled('No data is sold and is not shared.'), 'No data is sold and is not shared.');
    assert.equal(undoubled('No data is sold or is not shared.'), 'No data is sold or is not shared.');
  });

  it('keeps a denial after a reassurance, with or without its comma', () => {
    for (const sentence of ['Don\'t worry no data leaves Atlassian.', 'Don\'t worry, no data leaves Atlassian.', 'Do not worry: no data leaves Atlassian.']) {
      assert.equal(undoubled(sentence), sentence);
      assert.deepEqual(idsIn(sentence), ['no-egress']);
    }
    assert.deepEqual(idsIn('Don\'t worry no personal data is stored.'), ['no-personal-data-stored']);
    // A denied verb with a denied object is still blanked, and an instruction still claims nothing.
    assert.equal(undoubled('We don\'t keep no logs of your pages.').trim(), '');
    assert.deepEqual(idsIn('Do not send personal data to the app.'), []);
  });
});
