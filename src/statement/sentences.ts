/**
 * Splits block text into sentences at `.`, `!`, `?` (and line breaks) followed by a capital, a
 * digit or an opening mark; not after abbreviations ("e.g.", "Inc."), initials, inside brackets,
 * or within version numbers, URLs and e-mail addresses (which have no space after the dot).
 */

// Lower-cased words that end with a dot and are usually followed by more of the same sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'viz', 'cf', 'vs', 'approx', 'incl', 'excl', 'esp', 'resp', 'inc', 'ltd', 'llc', 'corp', 'co',
  'plc', 'pty', 'gmbh', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'fig', 'figs', 'vol', 'p',
  'pp', 'ch', 'art', 'sec', 'para', 'ref', 'dept', 'est', 'ca', 'u.s', 'u.k', 'e.u', 'a.m', 'p.m', 'z.b', 'd.h', 'bzw',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'al',
]);
/** Abbreviations of "number", which a digit follows. */
const NUMBER_SIGNS = new Set(['no', 'nos', 'nr']);
/** Words that start a sentence far more often than they follow a dot inside one. */
const STARTERS = String.raw`(?:We|Our|The|This|These|All|No|It|Its|You|Your|Customer|Logs|Any|Each|Every|Only|Nothing|None|There|When|If|Data\s+is)`;
/** A lower-case word, a dot, then a word that starts sentences: two sentences with no space between them ("data.We never"). */
const GLUED = new RegExp(String.raw`^[a-z]{3}\.${STARTERS}\s`);
/** "...stored in the U.S. We ...": a country's abbreviation ends the sentence when the next word starts one. */
const COUNTRY = /(?:^|[^\p{L}.])(?:U\.S|U\.K|E\.U)$/iu;
const STARTER = new RegExp(String.raw`^${STARTERS}\b`);
/**
 * A questionnaire's control ID at the start of a line ("DSP-04.1", "CAIQ IVS-07:", CCM v4's "A&A-02.1"), then its question or answer:
 * two such lines in one paragraph ("DSP-01.1 Yes ... DSP-04.1 No ...") are two sentences. Two digits, so "AES-256" is none.
 */
const CONTROL_ID = /^(?:(?:CAIQ|CCM|SIG|HECVAT)\s+)?(?:[A-Z]{2,5}|[A-Z]&[A-Z])-\d{2}(?:\.\d{1,2})?(?![\w.-])\s*[:.)]?\s+[A-Z]/;
/** What an answer ends with when the next control follows it on the same line: a bare "Yes", "No" or "N/A" after the question or the ID. */
const ANSWERED = /(?:[?:)]|\d)\s*(?:yes|no|n\/a|partial(?:ly)?)\s*$/i;
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
/** A bracket left open this long is not holding a sentence together any more (unbalanced text). */
const MAX_BRACKET = 300;

/** A check mark alone ("\u2705", "\u2714\ufe0f") answers "Yes", a cross alone ("\u274c", "\u2718") "No": a feature table's cells, which are sentences though they hold no letter. */
export const CHECK_ALONE = /^[\u2713\u2714\u2705\u2611]\uFE0F?$/u;
export const CROSS_ALONE = /^[\u2717\u2718\u274C\u2612]\uFE0F?$/u;

/** Whether a line holds two questionnaire lines ("DSP-01.1 Yes, ... DSP-04.1 No, ..."), which the splitter reads apart. */
export const holdsTwoControls = (text: string): boolean => CONTROL_ID.test(text.trimStart()) && /\s(?:(?:CAIQ|CCM|SIG|HECVAT)\s+)?(?:[A-Z]{2,5}|[A-Z]&[A-Z])-\d{2}(?:\.\d{1,2})?(?![\w.-])\s*[:.)]?\s+[A-Z]/.test(text.trimStart().slice(1));

export interface SentenceRange {
  start: number;
  end: number;
}

export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  let depth = 0;
  let openedAt = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed) || CHECK_ALONE.test(trimmed) || CROSS_ALONE.test(trimmed)) out.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    if (depth > 0 && i - openedAt > MAX_BRACKET) depth = 0;
    if (c === '\n') {
      push(i);
      depth = 0;
      continue;
    }
    // "DSP-04.1 Does the app store personal data? No DSP-05.1 Is ...": in a paragraph that starts with a control ID, the next one
    // after a bare answer starts a sentence; one named in the text ("see DSP-05 Data Inventory") does not.
    if (i > start && /[A-Z]/.test(c) && /\s/.test(text[i - 1]!) && CONTROL_ID.test(text.slice(i, i + 30)) && CONTROL_ID.test(text.slice(0, 30).trimStart()) && ANSWERED.test(text.slice(Math.max(0, i - 40), i))) {
      push(i);
      depth = 0;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
    let end = i + 1;
    while (end < text.length && /[.!?\u2026"'\u201d\u2019)\]]/.test(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) {
      // "personal data.We never log": blocks glued together lost the space; a version, an address or a file name has none either.
      if (c === '.' && GLUED.test(text.slice(Math.max(0, i - 3), i + 40))) {
        push(i + 1);
        depth = 0;
      }
      continue;
    }
    let next = end;
    while (next < text.length && text[next] === ' ') next++;
    if (next < text.length && !/[\p{Lu}\p{N}"'\u201c\u2018([\u2022\n]/u.test(text[next]!)) continue;
    if (depth > 0 && next < text.length) continue;
    if (c === '.' && isAbbreviation(text, i, text[next]) && !(COUNTRY.test(text.slice(Math.max(0, i - 4), i)) && STARTER.test(text.slice(next, next + 12)))) continue;
    push(end);
    depth = 0;
    i = end - 1;
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number, next: string | undefined): boolean {
  let from = dot;
  while (from > 0 && dot - from < 12 && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  // "No. 5" numbers; "No. Nothing leaves Atlassian." answers a question.
  if (NUMBER_SIGNS.has(word.toLowerCase())) return next !== undefined && /[\p{N}#]/u.test(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}
