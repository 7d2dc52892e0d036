/**
 * Reads a published statement (plain text as copied from a page, Markdown or HTML) into blocks
 * and sentences that keep their source line, for claims to be recognised in and unfilled template
 * text to be found. Hostile input (scripts, huge lines, control characters, invalid UTF-8) is
 * read as far as it goes and never throws.
 */
import fs from 'node:fs';
import type { Diagnostic } from '../scan/facts.ts';
import { LineIndex } from '../utils/lines.ts';
import { BlockSink, MAX_BLOCK_CHARS } from './builder.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { splitSentences } from './sentences.ts';
import { readText } from './text.ts';
import type { Block, Sentence, Statement, StatementFormat } from './types.ts';
import { positionAt } from './types.ts';

export const MAX_STATEMENT_CHARS = 5_000_000;
/**
 * A sentence (or heading) longer than this is read for no claim: no claim needs so many words (the seeds' longest
 * sentence has 260 characters), and the claims' patterns of lists cost more than linear time on such text.
 */
export const MAX_SENTENCE_CHARS = 2_000;
/** How many over-long sentences a statement names, each with its line. */
const MAX_LONG_NAMED = 5;

export interface ReadOptions {
  /** Overrides the format found from the file name and content. */
  format?: StatementFormat;
}

export function readStatement(file: string, input: string | Uint8Array, options: ReadOptions = {}): Statement {
  const diagnostics: Diagnostic[] = [];
  let text = typeof input === 'string' ? input : decode(input, file, diagnostics);
  if (text.length > MAX_STATEMENT_CHARS) {
    diagnostics.push({
      severity: 'warning', code: 'huge-file', file,
      message: `${file} has ${text.length} characters; only the first ${MAX_STATEMENT_CHARS} were read`,
      hint: 'Check that the right file is named; a statement is rarely over a few hundred kilobytes.',
    });
    text = text.slice(0, MAX_STATEMENT_CHARS);
  }
  // A lone CR ends a line too; replacing it keeps every offset where it was.
  text = text.replace(/^\uFEFF/, '\u0020').replace(/\r(?!\n)/g, '\n');
  const format = options.format ?? detectFormat(file, text);
  const lines = new LineIndex(text);
  const sink = new BlockSink(lines);
  if (format === 'html') readHtml(text, lines, sink);
  else if (format === 'markdown') readMarkdown(lines, sink);
  else readText(lines, sink);
  if (sink.truncated) {
    diagnostics.push({
      severity: 'warning', code: 'huge-file', file,
      message: `${file} has a block longer than ${MAX_BLOCK_CHARS} characters; the rest of it was not read`,
    });
  }
  const sentences = sentencesOf(sink.blocks);
  const long = sentences.filter((s) => s.text.length > MAX_SENTENCE_CHARS);
  for (const s of long.slice(0, MAX_LONG_NAMED)) {
    diagnostics.push({
      severity: 'warning', code: 'long-sentence', file, line: s.line, column: s.column,
      message: `${file}:${s.line} has a sentence of ${s.text.length} characters; sentences over ${MAX_SENTENCE_CHARS} are read for no claim${long.length > MAX_LONG_NAMED ? ` (${long.length} such sentences)` : ''}`,
      hint: 'A table or list pasted without its line breaks reads as one sentence; keep its rows on lines of their own.',
    });
  }
  return { file, format, blocks: sink.blocks, sentences, diagnostics };
}

export function detectFormat(file: string, text: string): StatementFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = text.slice(0, 20_000);
  if (/^\s*(?:<!doctype html|<html|<\?xml)/i.test(head)) return 'html';
  if ((head.match(/<\/?(?:p|div|h[1-6]|li|ul|table|tr|td|br|span|a|section|body)\b[^<>]{0,500}>/gi)?.length ?? 0) >= 3) return 'html';
  const markdown = [/^#{1,6}\s+\S/m, /^\s*\|.*\|\s*\n\s*\|?\s*:?-{3,}/m, /\[[^\]\n]+\]\([^)\s]+\)/, /(?:\*\*|__)\S[^*\n]*\S(?:\*\*|__)/];
  return markdown.filter((re) => re.test(head)).length >= 1 ? 'markdown' : 'text';
}

function decode(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diagnostics.push({
      severity: 'warning', code: 'parse-error', file,
      message: `${file} is not valid UTF-8; undecodable bytes read as \ufffd`,
      hint: 'Save the statement as UTF-8.',
    });
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Sentences of paragraphs, list items and table cells; a cell's sentences carry the row's first cell as label, unless every
 * column's header is a question ("| Is data encrypted? | Is data logged? |" above "| Yes | No |"): then each cell answers its header.
 */
function sentencesOf(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  let row: Block | null = null;
  let cell = 0;
  let askedByHeader = false;
  blocks.forEach((block, index) => {
    if (block.kind === 'table-row') {
      if (block.isHeader) askedByHeader = (block.cells?.length ?? 0) >= 2 && block.cells!.every((c) => /\?\s*$/.test(c));
      row = block;
      cell = 0;
      return;
    }
    if (block.kind !== 'table-cell') askedByHeader = false;
    if (block.kind === 'heading' || block.isHeader) {
      if (block.kind === 'table-cell') cell++;
      return;
    }
    let label: string | undefined;
    if (block.kind === 'table-cell') {
      const cells: string[] = (row as Block | null)?.cells ?? [];
      const position = cell++;
      if (cells.length >= 2 && position === 0 && !askedByHeader) return;
      if (cells.length >= 2 && !askedByHeader) label = cells[0];
    }
    for (const range of splitSentences(block.text)) {
      const at = positionAt(block, range.start);
      out.push({
        text: block.text.slice(range.start, range.end), line: at.line, column: at.column, block: index, offset: range.start,
        ...(block.section !== undefined ? { section: block.section } : {}),
        ...(label ? { label } : {}),
      });
    }
  });
  return out;
}

/** Reads a statement file; `name` is how it is called in diagnostics (default: the path as given). */
export function loadStatement(file: string, name: string = file): Statement {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_STATEMENT_CHARS * 4) {
      return empty(name, { severity: 'error', code: 'huge-file', file: name, message: `${name} is ${size} bytes; a statement is read up to ${MAX_STATEMENT_CHARS * 4}` });
    }
    return readStatement(name, fs.readFileSync(file));
  } catch (error) {
    return empty(name, { severity: 'error', code: 'unreadable', file: name, message: `${name} cannot be read: ${(error as Error).message}` });
  }
}

function empty(file: string, diagnostic: Diagnostic): Statement {
  return { file, format: detectFormat(file, ''), blocks: [], sentences: [], diagnostics: [diagnostic] };
}
