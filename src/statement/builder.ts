/**
 * Builds block text one source character at a time, collapsing white space and remembering where
 * each run of characters came from, so any offset in the text maps back to a source line and column.
 */
import { LineIndex } from '../utils/lines.ts';
import type { Block, BlockKind, Link, Span } from './types.ts';

/** Blocks longer than this are cut: no statement has paragraphs this long, and it bounds the work. */
export const MAX_BLOCK_CHARS = 100_000;

/**
 * A cross at the start of a line ("\u2717 Forge remotes", "\u{1f6ab} Tracking") is a bullet that says the app has no such thing: the line is a list
 * item, and the cross stays in its text for the claims reader, which reads it as "No".
 */
export const CROSS_ITEM = /^[ \t]*(?=[\u2717\u2718\u274C\u2612\u26D4\u{1F6AB}]\uFE0F?[ \t]+\S)/u;
/** An emoji at the start of a line ("\u{1f512} Nothing leaves your site", "\u{1f4ca} Charts") is a bullet as vendors write it; a cross is CROSS_ITEM's. */
export const EMOJI_BULLET = String.raw`(?![\u2717\u2718\u274C\u2612\u26D4\u{1F6AB}])\p{Extended_Pictographic}\uFE0F?`;

/** Zero-width, bidirectional-override and soft-hyphen characters: never part of block text. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064)
    || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff || code === 0xad;
}

/** White space and control characters: read as one space. */
function isSpace(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code <= 0xa0) || (code >= 0x2000 && code <= 0x200a) || code === 0x1680
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

export class TextBuilder {
  text = '';
  links: Link[] = [];
  truncated = false;
  readonly #spans: Array<{ offset: number; src: number }> = [];
  #next = -1;
  #pending: '' | ' ' | '\n' = '';

  /** Appends source text that starts at `src`. */
  push(text: string, src: number): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
      const ch = isPair ? text.slice(i, i + 2) : text[i]!;
      this.char(ch, src + i);
      if (isPair) i++;
    }
  }

  /** Appends one character read at `src`; `width` is how many source characters it stands for (an entity). */
  char(ch: string, src: number, width = ch.length): void {
    const code = ch.charCodeAt(0);
    if (isInvisible(code)) return;
    if (isSpace(code)) {
      if (this.text && this.#pending === '') this.#pending = ' ';
      if (code === 10 || code === 13) this.#next = -1;
      return;
    }
    if (this.text.length >= MAX_BLOCK_CHARS) {
      this.truncated = true;
      return;
    }
    if (this.#pending) {
      this.text += this.#pending;
      this.#next = this.#pending === ' ' ? this.#next + 1 : -1;
      this.#pending = '';
    }
    if (src !== this.#next) this.#spans.push({ offset: this.text.length, src });
    this.text += ch;
    this.#next = width === ch.length ? src + width : -1;
  }

  /** A hard line break (`<br>`): kept as a newline, which also ends a sentence. */
  lineBreak(): void {
    if (this.text) this.#pending = '\n';
  }

  /** A soft break between joined pieces (two source lines of one paragraph). */
  space(): void {
    if (this.text && this.#pending === '') this.#pending = ' ';
    // The next piece starts on another source line: a span of its own, so its sentences keep their line.
    this.#next = -1;
  }

  get empty(): boolean {
    return this.text.length === 0;
  }

  spans(lines: LineIndex): Span[] {
    return this.#spans.map(({ offset, src }) => {
      const line = lines.lineOf(src);
      return { offset, line, column: src - lines.starts[line - 1]! + 1 };
    });
  }
}

/** Collects blocks in source order and gives each its section (the heading trail above it). */
export class BlockSink {
  readonly blocks: Block[] = [];
  truncated = false;
  readonly #lines: LineIndex;
  readonly #headings: Array<{ level: number; title: string }> = [];

  constructor(lines: LineIndex) {
    this.#lines = lines;
  }

  add(kind: BlockKind, text: TextBuilder, extra: Partial<Block> = {}): Block | null {
    if (text.empty) return null;
    this.truncated ||= text.truncated;
    const spans = text.spans(this.#lines);
    const first = spans[0]!;
    const block: Block = { text: text.text, line: first.line, column: first.column, kind, ...extra, spans };
    if (text.links.length) block.links = text.links;
    if (kind === 'heading') {
      const level = extra.level ?? 1;
      while (this.#headings.length && this.#headings.at(-1)!.level >= level) this.#headings.pop();
      this.#trail = null;
      this.#setSection(block);
      this.#trail = null;
      this.#headings.push({ level, title: sectionTitle(block.text) });
    } else this.#setSection(block);
    this.blocks.push(block);
    return block;
  }

  /** Level of the innermost open heading, 0 at the top of the document. */
  get depth(): number {
    return this.#headings.at(-1)?.level ?? 0;
  }

  #trail: string[] | null = null;

  #setSection(block: Block): void {
    if (!this.#headings.length) return;
    block.section = this.#headings.at(-1)!.title;
    // Blocks under the same headings share one (frozen) trail.
    this.#trail ??= Object.freeze(this.#headings.map((h) => h.title)) as string[];
    block.sections = this.#trail;
  }
}

/** "6. Customer-Facing Incident Template" -> "Customer-Facing Incident Template". */
export function sectionTitle(heading: string): string {
  return heading.replace(/^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+/, '').replace(/\s*:$/, '').trim();
}

/**
 * A short line shaped as a clause, a sentence without its stop: its subject first, then its verb ("We store no personal data",
 * "The app never calls out", "No data leaves Atlassian"). A noun phrase with a relative clause ("Data that never leaves Atlassian",
 * "Where data is stored", "How the app uses AI") is a title.
 */
const CLAUSE_SHAPED = /^(?:(?:we|it|they|(?:the|our|this)\s+(?:app|add-?on))\s+(?!(?:that|which|who|where|what|how|when|why)\b)|(?:no|nothing)\b(?:\s+(?!(?:that|which|who|where|what|how|when|why)\b)[\w'-]+){0,4}?\s+(?:is|are|was|were|does|do|did|will|can|has|have|ever|leaves|stays|remains|goes|gets)\b)/i;
export const readsAsClause = (text: string): boolean => CLAUSE_SHAPED.test(text);
