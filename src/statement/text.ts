/**
 * Plain-text statements, as copied from a web page (the seeds): one line per paragraph or item,
 * `\u2022`/`-`/numbered items, numbered or stand-alone headings, and two-column tables flattened into
 * lines of "<area> <statement>" under a header line such as "Area Current behavior", and pipe tables as Markdown reads them.
 */
import type { LineIndex } from '../utils/lines.ts';
import { BlockSink, CROSS_ITEM, EMOJI_BULLET, readsAsClause, TextBuilder } from './builder.ts';
import { readPipeTable } from './markdown.ts';

interface Line {
  text: string;
  start: number;
  indent: number;
}

const BULLET = new RegExp(String.raw`^([\u2022\u25e6\u25aa\u2023\u25cf\u00b7\u2219*+\-\u2013\u2014]|[\u2705\u2714\u2611\u2713]\uFE0F?|${EMOJI_BULLET}|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+`, 'u');
// "6. Title" or "1.1 Title" (not "24 hours ..."); the number's parts give the level.
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s+[\p{Lu}\p{N}"'\u201c(]/u;
const TERMINAL = /[.,;:!]$/;
const MAX_HEADING_WORDS = 10;
const ANSWER = /^(?:yes|no|n\/a|none)$/i;

export function readText(lines: LineIndex, sink: BlockSink): void {
  const all: Line[] = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const raw = lines.lineText(n);
    const indent = raw.length - raw.trimStart().length;
    all.push({ text: raw.trim(), start: lines.starts[n - 1]! + indent, indent });
  }
  const blank = (i: number) => i < 0 || i >= all.length || all[i]!.text === '';
  const words = (text: string) => text.split(/\s+/).length;
  const isItem = (line: Line) => (BULLET.test(line.text) || CROSS_ITEM.test(line.text)) && !isNumberedHeading(line);
  const isNumberedHeading = (line: Line) =>
    line.indent === 0 && NUMBERED_HEADING.test(line.text) && !TERMINAL.test(line.text) && words(line.text) <= MAX_HEADING_WORDS;
  // Not a title: a sentence end inside ("Is data logged? No"), a bare answer ("No"), or a sentence without its stop ("We store no personal data").
  const shortTitle = (text: string) => /^[A-Z]/.test(text) && !TERMINAL.test(text) && words(text) <= 8 && text.length <= 80 && !/[[\]{}]/.test(text)
    && !/[.!?]\s+\S/.test(text) && !ANSWER.test(text) && !readsAsClause(text);
  const nextContent = (i: number) => {
    let j = i + 1;
    while (j < all.length && all[j]!.text === '') j++;
    return all[j];
  };
  const isContent = (line: Line | undefined) => line !== undefined && (isItem(line) || /[.:!?]$/.test(line.text) || words(line.text) > 8);

  const wrap = wrapWidth(all);
  let seenContent = false;
  let base = 0;
  let headingLevel = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (line.text === '') continue;
    // A table starts where a run of lines with pipes does (each run is looked at once, as Markdown's paragraph is).
    const piped = line.text.includes('|') && !all[i - 1]?.text.includes('|') ? readPipeTable(lines, i + 1, sink) : 0;
    if (piped > 0) {
      seenContent = true;
      i = piped - 1;
      continue;
    }
    const numbered = isNumberedHeading(line) ? NUMBERED_HEADING.exec(line.text)![1]! : null;
    const question = line.text.endsWith('?') && words(line.text) <= 12 && /^[A-Z]/.test(line.text) && !blank(i + 1);
    const title = !seenContent && shortTitle(line.text);
    const standalone = shortTitle(line.text) && blank(i - 1) && blank(i + 1) && isContent(nextContent(i));
    seenContent = true;
    if (numbered !== null || question || title || standalone) {
      // A document title sits above numbered sections; stand-alone headings sit below the last numbered one.
      const level = numbered !== null ? base + numbered.replace(/\.$/, '').split('.').length : headingLevel + 1;
      if (numbered !== null) headingLevel = level;
      else if (title) base = headingLevel = 1;
      sink.add('heading', build([line]), { level });
      continue;
    }
    const table = isItem(line) ? null : flatTable(all, i, isItem);
    if (table) {
      emitTable(table, sink);
      i = table.end;
      continue;
    }
    const item = BULLET.exec(line.text) ?? CROSS_ITEM.exec(line.text);
    const parts = [item ? { ...line, text: line.text.slice(item[0].length), start: line.start + item[0].length } : line];
    // Join hard-wrapped lines: the next line continues the sentence (no closing mark, starts lower case).
    while (i + 1 < all.length && continues(parts.at(-1)!, all[i + 1]!, item !== null, line.indent, wrap) && !isItem(all[i + 1]!)) parts.push(all[++i]!);
    sink.add(item ? 'list-item' : 'paragraph', build(parts));
  }
}

function continues(prev: Line, next: Line, inItem: boolean, itemIndent: number, wrap: number | null): boolean {
  if (next.text === '' || /[.!?:;]$/.test(prev.text)) return false;
  if (inItem && next.indent > itemIndent) return true;
  return wrap !== null && prev.indent + prev.text.length >= wrap * 0.7 && /^[a-z]/.test(next.text);
}

/** The width a hard-wrapped document is wrapped at (most lines at most 100 characters), or null. */
function wrapWidth(all: Line[]): number | null {
  const lengths = all.filter((l) => l.text).map((l) => l.indent + l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  return width >= 40 && width <= 100 ? width : null;
}

function build(parts: Line[]): TextBuilder {
  const text = new TextBuilder();
  for (const part of parts) {
    text.space();
    text.push(part.text, part.start);
  }
  return text;
}

interface FlatTable {
  header: Line;
  headerSplit: number;
  headerCells: [string, string];
  rows: Array<{ line: Line; split: number }>;
  end: number;
}

/**
 * A header line of two short title parts ("Area Current behavior") followed by at least two lines
 * "<short label> <Capitalised statement ending in a full stop>".
 */
function flatTable(all: Line[], i: number, isItem: (line: Line) => boolean): FlatTable | null {
  const header = all[i]!;
  const headerSplit = splitLabel(header.text, 4);
  if (headerSplit === null || /[.!?]$/.test(header.text) || header.text.split(/\s+/).length > 6) return null;
  const rows: FlatTable['rows'] = [];
  let j = i + 1;
  for (; j < all.length && all[j]!.text !== ''; j++) {
    const split = /[.!?)]$/.test(all[j]!.text) && !isItem(all[j]!) ? splitLabel(all[j]!.text, 6) : null;
    if (split === null) break;
    rows.push({ line: all[j]!, split });
  }
  if (rows.length < 2) return null;
  return { header, headerSplit, headerCells: [header.text.slice(0, headerSplit).trim(), header.text.slice(headerSplit)], rows, end: i + rows.length };
}

// Words that make a label a sentence rather than a noun phrase ("Data is stored in Atlassian Cloud.").
const FUNCTION_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'to', 'of', 'by', 'the', 'a', 'an', 'we', 'our', 'for', 'with', 'on', 'at',
  'in', 'not', 'do', 'does', 'will', 'can', 'may', 'it', 'its', 'this', 'that', 'you', 'your', 'they', 'and', 'or',
]);

/**
 * Offset where the statement starts: the first capitalised word after a label of 1..max words
 * whose other words are lower case and which reads as a noun phrase.
 */
function splitLabel(text: string, max: number): number | null {
  const words = [...text.matchAll(/\S+/g)];
  if (FUNCTION_WORDS.has(words[0]?.[0].toLowerCase() ?? '')) return null;
  for (let w = 1; w < words.length && w <= max; w++) {
    const word = words[w]![0];
    if (/^[A-Z]/.test(word)) return words.length - w >= (max === 4 ? 1 : 3) ? words[w]!.index : null;
    if (!/^[a-z0-9(&/-]/.test(word) || FUNCTION_WORDS.has(word)) return null;
  }
  return null;
}

function emitTable(table: FlatTable, sink: BlockSink): void {
  const [labelHeader, valueHeader] = table.headerCells;
  const row = (line: Line, split: number, isHeader: boolean, headers?: [string, string]) => {
    const label = line.text.slice(0, split).trim();
    const value = line.text.slice(split);
    const extra = isHeader ? { isHeader: true } : {};
    sink.add('table-row', build([line]), { cells: [label, value], ...extra });
    const cell = (text: string, start: number, header?: string) =>
      sink.add('table-cell', build([{ text, start, indent: 0 }]), { ...extra, ...(header ? { header } : {}) });
    cell(label, line.start, headers?.[0]);
    cell(value, line.start + split, headers?.[1]);
  };
  row(table.header, table.headerSplit, true);
  for (const { line, split } of table.rows) row(line, split, false, [labelHeader, valueHeader]);
}
