import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLAIMS } from '../../src/claims/registry.ts';
import { filtersOf, mayMatch, PHRASING_WORDS_FILE, requiredWords, Words } from '../../src/claims/required-words.ts';

const may = (re: RegExp, text: string): boolean => mayMatch(re, new Words(text));

describe('requiredWords', () => {
  it('asks for a literal run, bounded where the pattern says \\b', () => {
    assert.deepEqual(requiredWords(/\bnever\s+logs?\b/i), [[['\u0001never'], ['log']]]);
    assert.deepEqual(requiredWords(/\bnot\b/i), [[['\u0001not\u0001']]]);
    assert.equal(may(/\bno\b/i, 'We know nothing'), false);
    assert.equal(may(/\bno\b/i, 'No, never.'), true);
  });

  it('asks for one of a group\'s branches, and for every top-level branch its own words', () => {
    const re = /(?:sent|passed)\s+to\s+OpenAI|\bstores?\s+nothing/i;
    assert.equal(may(re, 'Prompts are passed to OpenAI.'), true);
    assert.equal(may(re, 'The app stores nothing.'), true);
    assert.equal(may(re, 'Prompts go to OpenAI.'), false);
  });

  it('asks for nothing an optional part, a class, a lookaround or an escape holds', () => {
    assert.equal(requiredWords(/(?:very\s+)?[a-z]+(?=secret)\w/i), null);
    assert.equal(may(/(?<!not\s)encrypt(?:ed|s)?\b/i, 'Data is encrypted.'), true);
    assert.equal(may(/(?<name>a)b+c\.d{2,}/i, 'abbbc.dd'), true);
    assert.equal(may(/(?<name>a)b+c\.d{2,}/i, 'ac.dd'), false);
  });

  it('reads no words from a pattern with Unicode case folding (\u017f matches s)', () => {
    assert.equal(requiredWords(/secret/iu), null);
    assert.ok(/secret/iu.test('\u017fecret'));
  });

  it('never turns away a sentence a phrasing of the catalogue matches', () => {
    const probes = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../bench/claims/probes.json'), 'utf8')) as { text: string }[];
    const texts = probes.flatMap((p) => [p.text, ...p.text.split(/(?<=[.!?])\s+|\n/)]);
    let matched = 0;
    for (const claim of CLAIMS) {
      for (const re of [...claim.phrasings, ...(claim.inContext?.phrasings ?? [])]) {
        for (const text of texts) {
          re.lastIndex = 0;
          if (!re.test(text)) continue;
          matched++;
          assert.ok(may(re, text), `${claim.id} /${re.source.slice(0, 80)}…/ matches "${text}"`);
        }
      }
    }
    assert.ok(matched > 1000, `only ${matched} matches to check`);
  });

  it('is built at install for every phrasing of the catalogue, as the reader reads it now', () => {
    // `npm ci` writes the file (the `prepare` script); after changing the reader, run scripts/build-phrasing-words.ts again.
    const built = JSON.parse(fs.readFileSync(PHRASING_WORDS_FILE, 'utf8')) as Record<string, unknown>;
    const patterns = CLAIMS.flatMap((claim) => [...claim.phrasings, ...(claim.inContext?.phrasings ?? [])]);
    for (const [key, filter] of Object.entries(filtersOf(patterns))) {
      if (key in built) assert.deepEqual(built[key], filter, `${key.slice(0, 80)}: the built filter is stale`);
    }
    assert.ok(patterns.filter((re) => String(re) in built).length > patterns.length / 2, 'most phrasings are built');
  });
});
