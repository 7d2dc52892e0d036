/**
 * Words a phrasing cannot match without: compiling and running the catalogue's 400 regexes on every sentence
 * was most of a check's time, while a sentence holds the words of only a few of them. For each top-level branch
 * of a pattern, up to two sets of strings of which the matched text must hold one each, read from the
 * pattern's source: runs of literal characters and groups whose every branch holds such a run. Anything the
 * reader does not follow (classes, escapes other than literal punctuation, lookarounds, optional parts) adds
 * nothing, so the sets are only ever fewer than the pattern needs, never wrong.
 */

type Item =
  | { kind: 'char'; ch: string; min: number; max: number }
  | { kind: 'group'; alt: Seq[]; min: number; max: number }
  | { kind: 'boundary' }
  | { kind: 'other' };
type Seq = Item[];

/** OR of branches, each an AND of sets of strings (lower case); null: no words are needed. */
export type WordFilter = string[][][] | null;

const filters = new WeakMap<RegExp, WordFilter>();

export function requiredWords(re: RegExp): WordFilter {
  let filter = filters.get(re);
  if (filter === undefined) {
    filter = re.flags.includes('u') || re.flags.includes('v') ? null : read(re.source);
    filters.set(re, filter);
  }
  return filter;
}

/** Whether `lower` (the text in lower case) holds the words the filter asks for; `seen` caches each string's answer for one text. */
export function mayMatch(filter: WordFilter, lower: string, seen: Map<string, boolean>): boolean {
  if (filter === null) return true;
  const has = (s: string): boolean => {
    let hit = seen.get(s);
    if (hit === undefined) seen.set(s, (hit = holds(lower, s)));
    return hit;
  };
  return filter.some((sets) => sets.every((set) => set.some(has)));
}

/** A string with BOUND before or after it is a word's start or end there, as `\b` asks. */
const BOUND = '\u0001';

function holds(lower: string, key: string): boolean {
  const left = key.startsWith(BOUND);
  const right = key.endsWith(BOUND);
  const s = key.slice(left ? 1 : 0, right ? -1 : undefined);
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
    return reader.done() ? filterOf(branches) : null;
  } catch {
    return null;
  }
}

function filterOf(branches: Seq[]): WordFilter {
  const out: string[][][] = [];
  for (const seq of branches) {
    const sets = setsOf(seq).sort(bySelectivity).slice(0, 3);
    if (sets.length === 0) return null;
    out.push(sets);
  }
  return out;
}

/** The longer its shortest string, the fewer texts a set lets through. */
function bySelectivity(a: string[], b: string[]): number {
  return shortest(b) - shortest(a) || a.length - b.length;
}

/** A bound counts as a character more. */
const shortest = (set: string[]): number => Math.min(...set.map((s) => s.length));

function setsOf(seq: Seq): string[][] {
  const sets: string[][] = [];
  let run = '';
  let left = false;
  const end = (right = false): void => {
    const word = (ch: string | undefined): boolean => ch !== undefined && isWordCode(ch.charCodeAt(0));
    if (run) sets.push([(left && word(run[0]) ? BOUND : '') + run + (right && word(run.at(-1)) ? BOUND : '')]);
    run = '';
    left = false;
  };
  for (const item of seq) {
    if (item.kind === 'char' && item.min >= 1) {
      run += item.ch;
      // "ab+c" holds "ab" and "bc".
      if (item.max !== 1) {
        end();
        run = item.ch;
      }
    } else if (item.kind === 'boundary') {
      end(true);
      left = true;
    } else if (item.kind === 'group' && item.min >= 1) {
      end();
      const any = anyOf(item.alt);
      if (any) sets.push(any);
    } else end();
  }
  end();
  return sets;
}

function anyOf(branches: Seq[]): string[] | null {
  const out = new Set<string>();
  for (const seq of branches) {
    const best = setsOf(seq).sort(bySelectivity)[0];
    if (!best) return null;
    for (const s of best) out.add(s);
  }
  return [...out];
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/;

class Reader {
  private i = 0;
  private readonly src: string;

  constructor(src: string) {
    this.src = src;
  }

  done(): boolean {
    return this.i === this.src.length;
  }

  alternation(): Seq[] {
    const branches: Seq[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Seq {
    const seq: Seq = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      if (atom.kind === 'other' || atom.kind === 'boundary') seq.push(min === 0 ? { kind: 'other' } : atom);
      else seq.push({ ...atom, min: atom.min * min, max: max === Infinity || atom.max === Infinity ? Infinity : atom.max * max });
    }
    return seq;
  }

  private atom(): Item {
    const src = this.src;
    const c = src[this.i++]!;
    if (c === '(') {
      let look = false;
      if (src[this.i] === '?') {
        const rest = src.slice(this.i, this.i + 4);
        if (/^\?(?:=|!|<=|<!)/.test(rest)) look = true;
        else this.i = src.indexOf(rest.startsWith('?<') ? '>' : ':', this.i) + 1; // (?<name>, (?:, (?i:, (?-i:
        if (look) this.i += src[this.i + 1] === '<' ? 3 : 2;
        else if (this.i === 0) throw new Error('unreadable group');
      }
      const alt = this.alternation();
      this.i++; // ')'
      return look ? { kind: 'other' } : { kind: 'group', alt, min: 1, max: 1 };
    }
    if (c === '[') {
      if (src[this.i] === '^') this.i++;
      if (src[this.i] === ']') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const e = src[this.i++]!;
      if (e === 'b') return { kind: 'boundary' };
      return PUNCTUATION.test(e) ? { kind: 'char', ch: e, min: 1, max: 1 } : this.escapeRest(e);
    }
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    const code = c.charCodeAt(0);
    return code >= 32 && code < 127 ? { kind: 'char', ch: c.toLowerCase(), min: 1, max: 1 } : { kind: 'other' };
  }

  /** An escape that is no literal character: skips what belongs to it. */
  private escapeRest(e: string): Item {
    const src = this.src;
    if (e === 'x') this.i += 2;
    else if (e === 'u') this.i = src[this.i] === '{' ? src.indexOf('}', this.i) + 1 : this.i + 4;
    else if (e === 'c') this.i++;
    else if (e === 'k' && src[this.i] === '<') this.i = src.indexOf('>', this.i) + 1;
    else if ((e === 'p' || e === 'P') && src[this.i] === '{') this.i = src.indexOf('}', this.i) + 1;
    return { kind: 'other' };
  }

  private quantifier(): [number, number] {
    const src = this.src;
    const c = src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = QUANTIFIER.exec(src.slice(this.i, this.i + 24));
      if (!m) return q;
      const min = Number(m[1]);
      this.i += m[0].length - 1;
      q = [min, m[2] ? (m[3] ? Number(m[3]) : Infinity) : min];
    } else return q;
    this.i++;
    if (src[this.i] === '?') this.i++;
    return q;
  }
}
