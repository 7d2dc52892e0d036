/** Wordings earlier rounds left unread or read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);

describe('recognising the wordings earlier rounds left', () => {
  it('a plan holds only its own clause, for the params too: the place named after it is where data is now', () => {
    assert.deepEqual(read('We are planning an EU region, and data is stored in the US for now.'), [['data-region', { area: 'US', place: 'US' }]]);
    assert.deepEqual(read('We plan to add an EU region next year, but today all data is hosted in the US.'), [['data-region', { area: 'US', place: 'US' }]]);
    assert.deepEqual(read("We're planning a Frankfurt region; until then our database runs in us-east-1."), [['data-region', { area: 'US', place: 'us-east-1' }]]);
    // The plan alone makes no claim; a plan of something else leaves the place the sentence names.
    assert.deepEqual(read('We are planning an EU data centre.'), []);
    assert.deepEqual(read('We are planning a UK region, but all data is hosted in the EU today.'), [['data-region', { area: 'EU', place: 'EU' }]]);
  });
});
