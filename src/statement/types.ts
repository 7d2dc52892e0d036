/** A published statement read into blocks and sentences, each with its place in the source file. */
import type { Diagnostic } from '../scan/facts.ts';

export type StatementFormat = 'text' | 'markdown' | 'html';
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'table-cell';

/** From `offset` on, the block's text comes from the source at `line`:`column` (one source character per text character). */
export interface Span {
  offset: number;
  line: number;
  column: number;
}

export interface Link {
  text: string;
  url: string;
}

export interface Block {
  /** Plain text: markup, tags and emphasis removed, entities decoded, white space collapsed. */
  text: string;
  /** 1-based line and column in the source where the block starts. */
  line: number;
  column: number;
  kind: BlockKind;
  /** The nearest heading above, without its numbering ("6. Customer-Facing Incident Template" -> "Customer-Facing Incident Template"). */
  section?: string;
  /** All headings above, outermost first. */
  sections?: string[];
  /** Headings: 1 (top) to 6. */
  level?: number;
  /** Table rows: the cell texts. Table cells: `header` is the column's header text, when the table has one. */
  cells?: string[];
  header?: string;
  /** Table rows and cells of a header row. */
  isHeader?: boolean;
  links?: Link[];
  /** Maps offsets in `text` back to the source; read with `positionAt`. */
  spans: Span[];
}

export interface Sentence {
  text: string;
  line: number;
  column: number;
  section?: string;
  /** For a sentence in a table cell, the row's first cell (e.g. "External backend"). */
  label?: string;
  /** Index of the block in `Statement.blocks`, and where the sentence starts in its text. */
  block: number;
  offset: number;
}

export interface Statement {
  file: string;
  format: StatementFormat;
  blocks: Block[];
  sentences: Sentence[];
  /** Problems with the input (invalid UTF-8, truncated huge input); reading goes on. */
  diagnostics: Diagnostic[];
}

/** Source line and column of a character of a block's text. */
export function positionAt(block: Block, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = block.spans.length - 1;
  if (hi < 0) return { line: block.line, column: block.column };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.spans[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const span = block.spans[lo]!;
  return { line: span.line, column: span.column + Math.max(0, offset - span.offset) };
}
