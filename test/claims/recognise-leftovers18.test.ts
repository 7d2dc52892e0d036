/** Wordings earlier rounds left, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const read = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);

describe('recognising the wordings earlier rounds left', () => {
  it('a marketing line of verbless fragments: each its own claim, and "No nonsense." none', () => {
    assert.deepEqual(read('No AI. No tracking. No nonsense.'), [['ai-providers-and-data', { providers: [], any: true }], ['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('No nonsense. No surprises.'), []);
  });

  it('one kind of data in a store of Atlassian\'s, without "only", says nothing of where the rest is kept', () => {
    assert.deepEqual(read('Worklogs are stored in Forge SQL.'), []);
    assert.deepEqual(read('Worklogs are stored in Forge SQL hosted by Atlassian and nowhere else.'), [['storage-only-atlassian', {}]]);
  });
});
