/** Wordings earlier rounds left unread or read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const tableOf = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);
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

  it('a "No" in a table whose columns say what is done with the data denies it of the row\'s data', () => {
    const table = ['| Data | Stored by the app | Logged |', '|---|---|---|', '| Page content | No | No |', '| Account IDs | Yes | No |'].join('\n');
    assert.deepEqual(tableOf(table).map(([id]) => id), ['no-page-content-stored', 'no-end-user-data-in-logs', 'no-end-user-data-in-logs']);
    const sent = ['| Data | Sent to OpenAI |', '|---|---|', '| Issue summary | Yes |', '| Account IDs | No |'].join('\n');
    assert.deepEqual(tableOf(sent), [['no-identifiers-to-vendor', { vendor: 'OpenAI' }]]);
    // Columns that say nothing of data, and a "Yes", make no claim.
    assert.deepEqual(tableOf(['| Feature | Available on the Free plan | Needs an admin |', '|---|---|---|', '| Export | No | No |'].join('\n')), []);
    assert.deepEqual(tableOf(['| Data | Stored by the app |', '|---|---|', '| Issue content | Yes |'].join('\n')), []);
  });
});
