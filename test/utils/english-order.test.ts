import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareEnglish } from '../../src/utils/english-order.ts';
import { vendors } from '../../src/scan/vendors.ts';

const sign = (n: number): number => Math.sign(n);

describe('compareEnglish', () => {
  it('orders as English collation does: punctuation, digits, letters, case aside, lower case first on a tie', () => {
    const words = ['B', 'a b', 'Ab', 'ab1', 'a(b', 'aB', 'a', 'ab', 'A', 'a-b', 'b', 'a.b', '1a', '$x', 'Z', '~', '_a', ' a'];
    assert.deepEqual([...words].sort(compareEnglish), [...words].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('agrees with localeCompare on every pair of printable ASCII strings tried', () => {
    // A fixed-seed generator: the same strings on every run.
    let seed = 7;
    const next = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const pool = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcABCxyzXYZ';
    const words = Array.from({ length: 400 }, () => Array.from({ length: 1 + next(5) }, () => pool[next(pool.length)]).join(''));
    for (const a of words) for (const b of words) assert.equal(sign(compareEnglish(a, b)), sign(a.localeCompare(b, 'en')), `${JSON.stringify(a)} against ${JSON.stringify(b)}`);
  });

  it('agrees with localeCompare on the vendor catalogue\'s names, which the scan sorts its third parties by', () => {
    const names = vendors.map((v) => v.name);
    for (const a of names) for (const b of names) assert.equal(sign(compareEnglish(a, b)), sign(a.localeCompare(b, 'en')), `${a} against ${b}`);
  });

  it('leaves other characters to localeCompare', () => {
    assert.equal(sign(compareEnglish('\u00e9clair', 'ezra')), sign('\u00e9clair'.localeCompare('ezra', 'en')));
    assert.equal(sign(compareEnglish('a\tb', 'ab')), sign('a\tb'.localeCompare('ab', 'en')));
  });
});
