/**
 * Words a phrasing cannot match without: compiling and running the catalogue's 400 regexes on every sentence
 * was most of a check's time, while a sentence holds the words of only a few of them. For each top-level branch
 * of a pattern, up to three sets of strings of which the matched text must hold one each, read from the
 * pattern's source: runs of literal characters and groups whose every branch holds such a run. Anything the
 * reader does not follow (classes, escapes other than literal punctuation, lookarounds, optional parts) adds
 * nothing, so the sets are only ever fewer than the pattern needs, never wrong.
 */

import fs from 'node:fs';
import path from 'node:path';

/** OR of branches, each an AND of sets of strings (lower case); null: no words are needed. */
export type WordFilter = string[][][] | null;

/** The catalogue's filters, read from its phrasings when Candor is installed (`scripts/build-phrasing-words.ts`), by `String(re)`. */
export const PHRASING_WORDS_FILE = path.resolve(import.meta.dirname, '../../generated/claims/phrasing-words.json');

/** The same, each string by its number in WORDS. */
type Filter = Int32Array[][] | null;

/** Every string a filter asks for, numbered, with whether `\b` bounds it on the left or right. */
const WORDS: { text: string; left: boolean; right: boolean }[] = [];
const NUMBERS = new Map<string, number>();

const filters = new WeakMap<RegExp, Filter>();
/** A pattern the file does not name (a phrasing changed since the install, a claim of a test) is read when first asked. */
const prebuilt = readPrebuilt();

function readPrebuilt(): Map<string, WordFilter> {
  try {
    return new Map(Object.entries(JSON.parse(fs.readFileSync(PHRASING_WORDS_FILE, 'utf8')) as Record<string, WordFilter>));
  } catch {
    return new Map();
  }
}

/** The words a pattern cannot match without, as strings (a bound is BOUND before or after). */
export function requiredWords(re: RegExp): WordFilter {
  return re.flags.includes('u') || re.flags.includes('v') ? null : read(re.source);
}

function filterOf(re: RegExp): Filter {
  let filter = filters.get(re);
  if (filter === undefined) {
    const key = String(re);
    filter = (prebuilt.has(key) ? prebuilt.get(key)! : requiredWords(re))?.map((sets) => sets.map((set) => Int32Array.from(set, numberOf))) ?? null;
    filters.set(re, filter);
  }
  return filter;
}

function numberOf(key: string): number {
  let n = NUMBERS.get(key);
  if (n === undefined) {
    const left = key.startsWith(BOUND);
    const right = key.endsWith(BOUND);
    n = WORDS.push({ text: key.slice(left ? 1 : 0, right ? -1 : undefined), left, right }) - 1;
    NUMBERS.set(key, n);
  }
  return n;
}

/** A text in lower case, and which of WORDS it holds, each asked once. */
export class Words {
  readonly lower: string;
  private seen = new Uint8Array(0);

  constructor(text: string) {
    this.lower = text.toLowerCase();
  }

  has(n: number): boolean {
    if (n >= this.seen.length) {
      const grown = new Uint8Array(WORDS.length + 256);
      grown.set(this.seen);
      this.seen = grown;
    }
    const known = this.seen[n]!;
    if (known !== 0) return known === 1;
    const { text, left, right } = WORDS[n]!;
    const hit = holds(this.lower, text, left, right);
    this.seen[n] = hit ? 1 : 2;
    return hit;
  }
}

/** The filters of the given patterns, by `String(re)`, as `PHRASING_WORDS_FILE` keeps them. */
export function filtersOf(patterns: Iterable<RegExp>): Record<string, WordFilter> {
  const out: Record<string, WordFilter> = {};
  for (const re of patterns) out[String(re)] = requiredWords(re);
  return out;
}

/** Whether the text holds the words the pattern asks for. */
export function mayMatch(re: RegExp, words: Words): boolean {
  const filter = filterOf(re);
  if (filter === null) return true;
  for (const sets of filter) if (holdsAll(sets, words)) return true;
  return false;
}

function holdsAll(sets: Int32Array[], words: Words): boolean {
  for (const set of sets) if (!holdsOne(set, words)) return false;
  return true;
}

function holdsOne(set: Int32Array, words: Words): boolean {
  for (let i = 0; i < set.length; i++) if (words.has(set[i]!)) return true;
  return false;
}

/** A string with BOUND before or after it is a word's start or end there, as `\b` asks. */
const BOUND = '\u0001';

function holds(lower: string, s: string, left: boolean, right: boolean): boolean {
  for (let i = lower.indexOf(s); i >= 0; i = lower.indexOf(s, i + 1)) {
    if ((!left || i === 0 || !isWordCode(lower.charCodeAt(i - 1))) && (!right || !isWordCode(lower.charCodeAt(i + s.length)))) return true;
  }
  return false;
}

/** `\w` of a regex without the u flag; NaN (past the end) is none. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;

function read(source: string): WordFilter {
  const reader = new Reader(source);
  try {
    const branches = reader.alternation();
    if (!reader.done()) return null;
    const out: string[][][] = [];
    for (const sets of branches) {
      if (sets.length === 0) return null;
      out.push(sets.sort(bySelectivity).slice(0, 3));
    }
    return out;
  } catch {
    return null;
  }
}

/** The longer its shortest string (a bound counts as a character), the fewer texts a set lets through. */
function bySelectivity(a: string[], b: string[]): number {
  return shortest(b) - shortest(a) || a.length - b.length;
}

function shortest(set: string[]): number {
  let min = Infinity;
  for (const s of set) if (s.length < min) min = s.length;
  return min;
}

/** One of a group's branches: the union of each branch's most selective set, or null when a branch needs nothing. */
function anyOf(branches: string[][][]): string[] | null {
  const out = new Set<string>();
  for (const sets of branches) {
    const best = sets.sort(bySelectivity)[0];
    if (!best) return null;
    for (const s of best) out.add(s);
  }
  return [...out];
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;
const LOOKAROUND = /^\?(?:=|!|<=|<!)/;
/** What an atom is when it is no literal character and no group. */
const BOUNDARY = 1;
const OTHER = 2;

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && isWordCode(ch.charCodeAt(0));

/** Reads a pattern's source in one pass into, for each branch of an alternation, the sets of strings its match holds. */
class Reader {
  private i = 0;
  private min = 1;
  private max = 1;
  private readonly src: string;

  constructor(src: string) {
    this.src = src;
  }

  done(): boolean {
    return this.i === this.src.length;
  }

  alternation(): string[][][] {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): string[][] {
    const src = this.src;
    const sets: string[][] = [];
    let run = '';
    let left = false;
    const end = (right: boolean): void => {
      if (run) sets.push([(left && isWordChar(run[0]) ? BOUND : '') + run + (right && isWordChar(run.at(-1)) ? BOUND : '')]);
      run = '';
      left = false;
    };
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const atom = this.atom();
      this.quantifier();
      if (typeof atom === 'string' && this.min >= 1) {
        run += atom;
        // "ab+c" holds "ab" and "bc".
        if (this.max !== 1) {
          end(false);
          run = atom;
        }
      } else if (atom === BOUNDARY && this.min >= 1) {
        end(true);
        left = true;
      } else if (typeof atom === 'object' && this.min >= 1) {
        end(false);
        const any = anyOf(atom);
        if (any) sets.push(any);
      } else end(false);
    }
    end(false);
    return sets;
  }

  /** A literal character (lower case), a group's branches, or BOUNDARY or OTHER. */
  private atom(): string | string[][][] | number {
    const src = this.src;
    const c = src[this.i++]!;
    if (c === '(') {
      let look = false;
      if (src[this.i] === '?') {
        const rest = src.slice(this.i, this.i + 3);
        if (LOOKAROUND.test(rest)) {
          look = true;
          this.i += rest[1] === '<' ? 3 : 2;
        } else {
          // (?<name>, (?:, (?i:, (?-i:
          this.i = src.indexOf(rest[1] === '<' ? '>' : ':', this.i) + 1;
          if (this.i === 0) throw new Error('unreadable group');
        }
      }
      const alt = this.alternation();
      this.i++; // ')'
      return look ? OTHER : alt;
    }
    if (c === '[') {
      if (src[this.i] === '^') this.i++;
      if (src[this.i] === ']') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return OTHER;
    }
    if (c === '\\') {
      const e = src[this.i++]!;
      if (e === 'b') return BOUNDARY;
      if (PUNCTUATION.test(e)) return e;
      this.skipEscape(e);
      return OTHER;
    }
    if (c === '.' || c === '^' || c === '$') return OTHER;
    const code = c.charCodeAt(0);
    return code >= 32 && code < 127 ? c.toLowerCase() : OTHER;
  }

  /** Skips what belongs to an escape that is no literal character. */
  private skipEscape(e: string): void {
    const src = this.src;
    if (e === 'x') this.i += 2;
    else if (e === 'u') this.i = src[this.i] === '{' ? src.indexOf('}', this.i) + 1 : this.i + 4;
    else if (e === 'c') this.i++;
    else if (e === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
    else if ((e === 'p' || e === 'P') && src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
  }

  /** Reads a quantifier after an atom into min and max (1 and 1 when there is none). */
  private quantifier(): void {
    const src = this.src;
    const c = src[this.i];
    this.min = 1;
    this.max = 1;
    if (c === '*') [this.min, this.max] = [0, Infinity];
    else if (c === '+') this.max = Infinity;
    else if (c === '?') this.min = 0;
    else if (c === '{') {
      const m = QUANTIFIER.exec(src.slice(this.i, this.i + 24));
      if (!m) return;
      this.min = Number(m[1]);
      this.max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : this.min;
      this.i += m[0].length - 1;
    } else return;
    this.i++;
    if (src[this.i] === '?') this.i++;
  }
}
