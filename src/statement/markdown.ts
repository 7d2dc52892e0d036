/**
 * Markdown statements (CommonMark and GFM tables), read line by line: headings (ATX and setext),
 * paragraphs, list items (task boxes dropped), block quotes, tables whose cells keep their column
 * header. Code blocks, HTML comments and script or style blocks are skipped; inline markup goes through `renderInline`.
 */
import type { LineIndex } from '../utils/lines.ts';
import { CROSS_ITEM, EMOJI_BULLET, TextBuilder, type BlockSink } from './builder.ts';
import { renderInline } from './inline.ts';

interface Part {
  text: string;
  start: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// A check mark or an emoji at the start of a line ("\u2714 No third-party analytics", "\u{1f512} ...") is a bullet as vendors write it, not CommonMark's.
const ITEM = new RegExp(String.raw`^([ \t]*)([-*+]|\d{1,9}[.)]|[\u2705\u2714\u2611\u2713]\uFE0F?|${EMOJI_BULLET})(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)`, 'u');
// Only targets that look like addresses, so "[Company name]: ..." stays a (placeholder) paragraph.
const REF_DEF = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*<?((?:[a-z][a-z0-9+.-]*:|\/|#|\.)[^\s>]*)>?(?:[ \t]+.*)?$/i;
/** An HTML block whose content is code, not text (CommonMark's type 1). */
const RAW_HTML = /^ {0,3}<(script|style|template)(?=[\s>]|$)/i;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export function readMarkdown(lines: LineIndex, sink: BlockSink): void {
  const line = (n: number): Part => ({ text: lines.lineText(n), start: lines.starts[n - 1]! });
  const refs = new Map<string, string>();
  for (let n = 1; n <= lines.lineCount; n++) {
    const def = REF_DEF.exec(lines.lineText(n));
    if (def) refs.set(def[1]!.toLowerCase(), def[2]!);
  }
  let para: Part[] = [];
  let kind: 'paragraph' | 'list-item' = 'paragraph';
  const flush = () => {
    if (para.length) sink.add(kind, build(para, refs));
    para = [];
    kind = 'paragraph';
  };

  for (let n = 1; n <= lines.lineCount; n++) {
    const part = unquote(line(n));
    const text = part.text;
    if (text.trim() === '') {
      flush();
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      flush();
      const close = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \\t]*$`);
      while (n < lines.lineCount && !close.test(unquote(line(n + 1)).text)) n++;
      n++;
      continue;
    }
    if (text.trimStart().startsWith('<!--')) {
      flush();
      while (n < lines.lineCount && !lines.lineText(n).includes('-->')) n++;
      continue;
    }
    const raw = RAW_HTML.exec(text);
    if (raw) {
      flush();
      const close = `</${raw[1]!.toLowerCase()}`;
      while (n < lines.lineCount && !lines.lineText(n).toLowerCase().includes(close)) n++;
      continue;
    }
    if (REF_DEF.test(text)) continue;
    const atx = ATX.exec(text);
    if (atx) {
      flush();
      const body = text.slice(atx[0].length).replace(/[ \t]+#+[ \t]*$|^#+[ \t]*$/, '');
      sink.add('heading', build([{ text: body, start: part.start + atx[0].length }], refs), { level: atx[1]!.length });
      continue;
    }
    if (para.length && kind === 'paragraph' && /^ {0,3}(=+|-+)[ \t]*$/.test(text)) {
      sink.add('heading', build(para, refs), { level: text.trim()[0] === '=' ? 1 : 2 });
      para = [];
      continue;
    }
    if (HR.test(text)) {
      flush();
      continue;
    }
    if (ruledTableAt(lines, n)) {
      flush();
      n = readTable(lines, n, sink, refs, true);
      continue;
    }
    const sep = text.includes('|') ? '|' : '\t';
    const bare = para.length === 0 ? bareTableEnd(lines, n, sep) : 0;
    if (bare > 0) {
      n = readTable(lines, n, sink, refs, false, bare, sep);
      continue;
    }
    const item = ITEM.exec(text) ?? CROSS_ITEM.exec(text);
    if (item && numberedTitle(lines, n, item[2]!, text.slice(item[0].length))) {
      flush();
      sink.add('heading', build([{ text: text.slice(item[0].length), start: part.start + item[0].length }], refs), { level: 2 });
      continue;
    }
    if (item) {
      flush();
      kind = 'list-item';
      para = [{ text: text.slice(item[0].length), start: part.start + item[0].length }];
      continue;
    }
    para.push(part);
  }
  flush();
}

/** A few words of a title, no sentence: "Permissions", "Data handling", "Security & privacy". */
const TITLE = /^\p{Lu}[\p{L}&/' -]{0,40}$/u;

/**
 * "4. Permissions" alone between blank lines, prose after it: a plain-text section's number and title pasted into Markdown,
 * which CommonMark reads as a list of one item.
 */
function numberedTitle(lines: LineIndex, n: number, marker: string, body: string): boolean {
  if (!/^\d/.test(marker) || !TITLE.test(body.trim()) || body.trim().split(/\s+/).length > 5) return false;
  if ((n > 1 && lines.lineText(n - 1).trim() !== '') || n >= lines.lineCount || lines.lineText(n + 1).trim() !== '') return false;
  // Not an item of a loose list ("1. Install the app", a blank line, "2. Open the settings").
  const isItem = (k: number) => ITEM.test(lines.lineText(k)) || CROSS_ITEM.test(lines.lineText(k));
  let before = n - 1;
  while (before >= 1 && lines.lineText(before).trim() === '') before--;
  let next = n + 2;
  while (next <= lines.lineCount && lines.lineText(next).trim() === '') next++;
  return next <= lines.lineCount && !isItem(next) && (before < 1 || !isItem(before));
}

/** Drops block-quote markers (`> `), keeping source offsets. */
function unquote(part: Part): Part {
  const quote = /^(?: {0,3}>[ \t]?)+/.exec(part.text);
  return quote ? { text: part.text.slice(quote[0].length), start: part.start + quote[0].length } : part;
}

function build(parts: Part[], refs: ReadonlyMap<string, string>): TextBuilder {
  const out = new TextBuilder();
  for (const part of parts) {
    out.space();
    const hardBreak = / {2,}$|\\$/.test(part.text);
    renderInline(out, part.text.replace(/\\$/, ''), part.start, refs);
    if (hardBreak) out.lineBreak();
  }
  return out;
}

/** A pipe table's header at line `n`, its separator row under it. */
const ruledTableAt = (lines: LineIndex, n: number): boolean =>
  lines.lineText(n).includes('|') && n < lines.lineCount && TABLE_RULE.test(lines.lineText(n + 1)) && lines.lineText(n + 1).includes('-');

/**
 * A pipe table at line `n` of a plain-text statement, with its separator row or without one, as Markdown reads it: a table
 * pasted into a .txt file is a table all the same. Returns its last line, or 0 when the lines are no such table.
 */
export function readPipeTable(lines: LineIndex, n: number, sink: BlockSink): number {
  if (ruledTableAt(lines, n)) return readTable(lines, n, sink, new Map(), true);
  const bare = bareTableEnd(lines, n, '|');
  return bare > 0 ? readTable(lines, n, sink, new Map(), false, bare) : 0;
}

/** A header cell: a few words, no sentence ("Data", "Where it is stored", "How long"). */
const HEADER_CELL = /^[\p{L}(][^.!?:;,]{0,40}$/u;

/**
 * A pipe table written without its separator row ("Data | Where it is stored | How long", then its rows), which
 * CommonMark reads as a paragraph: from line `n`, at least two lines each with the same number of pipes and cells (two
 * or more), the first of them a header. A table pasted from a spreadsheet or a form ("Question<tab>Answer", then
 * its rows) is one too, with tabs for pipes. Returns its last line, or 0 when the lines are no such table.
 */
function bareTableEnd(lines: LineIndex, n: number, sep: '|' | '\t'): number {
  const header = lines.lineText(n);
  if (!header.includes(sep) || n === lines.lineCount) return 0;
  const pipes = (text: string) => splitRow(text, 0, sep).length;
  const count = pipes(header);
  if (count < 2 || !splitRow(header, 0, sep).every((cell) => HEADER_CELL.test(cell.text))) return 0;
  const pipeCount = (text: string) => text.split(sep).length;
  let last = 0;
  for (let row = n + 1; row <= lines.lineCount; row++) {
    const text = lines.lineText(row);
    if (text.trim() === '') break;
    if (pipes(text) !== count || pipeCount(text) !== pipeCount(header)) return 0;
    last = row;
  }
  return last;
}

/** A GFM table from its header line `n` (with its separator row under it, or without one up to line `end`); returns the last line it used. */
function readTable(lines: LineIndex, n: number, sink: BlockSink, refs: ReadonlyMap<string, string>, rule: boolean, end = lines.lineCount, sep: '|' | '\t' = '|'): number {
  const cellsOf = (row: number) => splitRow(lines.lineText(row), lines.starts[row - 1]!, sep);
  const headers = cellsOf(n);
  const headerTexts = emitRow(headers, sink, refs, { isHeader: true });
  let last = rule ? n + 1 : n;
  for (let row = last + 1; row <= end; row++) {
    const text = lines.lineText(row);
    if (text.trim() === '' || !text.includes(sep)) break;
    emitRow(cellsOf(row), sink, refs, {}, headerTexts);
    last = row;
  }
  return last;
}

function emitRow(cells: Part[], sink: BlockSink, refs: ReadonlyMap<string, string>, extra: { isHeader?: true }, headers: string[] = []): string[] {
  const builders = cells.map((cell) => build([cell], refs));
  const row = new TextBuilder();
  cells.forEach((cell, i) => {
    if (i > 0) {
      row.space();
      row.char('|', cell.start - 1);
      row.space();
    }
    renderInline(row, cell.text, cell.start, refs);
  });
  sink.add('table-row', row, { ...extra, cells: builders.map((b) => b.text) });
  builders.forEach((cell, i) => {
    const header = headers[i];
    sink.add('table-cell', cell, { ...extra, ...(header ? { header } : {}) });
  });
  return builders.map((b) => b.text);
}

/** Cells of a `| a | b |` row, split on pipes (or tabs) outside code spans and not escaped. */
function splitRow(text: string, start: number, sep: '|' | '\t' = '|'): Part[] {
  const cells: Part[] = [];
  let cellStart = 0;
  let inCode = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '`') inCode = !inCode;
    if (i < text.length && (c !== sep || inCode || text[i - 1] === '\\')) continue;
    const raw = text.slice(cellStart, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim().replace(/\\\|/g, '|'), start: start + cellStart + lead });
    cellStart = i + 1;
  }
  if (cells.length && cells[0]!.text === '' && text.trimStart().startsWith('|')) cells.shift();
  if (cells.length && cells.at(-1)!.text === '' && text.trimEnd().endsWith('|')) cells.pop();
  return cells;
}
