import type { Evidence } from '../scan/facts.ts';

/** Offsets of line starts, for turning a character offset into a 1-based line and column. */
export class LineIndex {
  readonly starts: number[];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of a 0-based offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const end = this.starts[line] ?? this.text.length + 1;
    const text = this.text.slice(start, end - 1);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }

  /** Evidence for a 0-based offset in `file`. */
  evidence(file: string, offset: number): Evidence {
    const line = this.lineOf(offset);
    return { file, line, column: offset - this.starts[line - 1]! + 1, excerpt: excerpt(this.lineText(line)) };
  }

  /** Evidence for a 1-based line (and optional 1-based column). */
  evidenceAtLine(file: string, line: number, column = 1): Evidence {
    return { file, line, column, excerpt: excerpt(this.lineText(line)) };
  }
}

export function excerpt(line: string): string {
  // Only the first 201 characters can show, escaped or not: a minified bundle's line is not escaped whole for each excerpt.
  const raw = line.trim().slice(0, 201);
  const trimmed = printable(raw);
  if (trimmed.length <= 200) return trimmed;
  // Cut before the character that would pass 197 once escaped: never inside an escape (`\u00` of `\u001b`).
  let end = 0;
  for (let width = 0; end < raw.length; end++) {
    width += HAS_CONTROL.test(raw[end]!) ? 6 : 1;
    if (width > 197) break;
  }
  return `${printable(raw.slice(0, end))}...`;
}

/** Control characters shown as `\u001b`, so an excerpt printed to a terminal cannot drive it. */
export function printable(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

// oxlint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// oxlint-disable-next-line no-control-regex -- as CONTROL, without the global flag's `lastIndex`
const HAS_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
