import { isWordChar } from '../../utils/nesting.ts';

/** Questions answered by searching the text before its words are counted once (below this, searching costs less). */
const SEARCHES = 32;
const WORD_ONLY = /^[\w$]+$/;
const WORDS = /[\w$]+/g;

/**
 * How often a file writes a name as a whole word (code, comments and strings alike), shared by everything that asks
 * about the file: the first few names are searched for in the text, then the file's words are counted once.
 */
export class WordCount {
  readonly text: string;
  private asked = 0;
  private counts: Map<string, number> | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /** How many times the name is written as a whole word. */
  count(name: string): number {
    const counts = this.counted(name);
    return counts === null ? searched(this.text, name, Infinity) : counts.get(name) ?? 0;
  }

  /** Whether the name is written more than once as a whole word. */
  writtenAgain(name: string): boolean {
    const counts = this.counted(name);
    return counts === null ? searched(this.text, name, 2) > 1 : (counts.get(name) ?? 0) > 1;
  }

  /** The file's counted words, once enough names were asked about; null for a name a search answers. */
  private counted(name: string): Map<string, number> | null {
    if (this.counts === null && ++this.asked > SEARCHES) this.counts = countWords(this.text);
    return this.counts !== null && WORD_ONLY.test(name) ? this.counts : null;
  }
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = text.match(WORDS);
  if (words !== null) for (let i = 0; i < words.length; i++) counts.set(words[i]!, (counts.get(words[i]!) ?? 0) + 1);
  return counts;
}

/** The whole-word mentions of a name, up to `enough` of them. */
function searched(text: string, name: string, enough: number): number {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < enough; at = text.indexOf(name, at + name.length)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length))) seen++;
  }
  return seen;
}
