import type { Facts } from '../scan/facts.ts';

/** The facts as JSON (`schemaVersion` first); documented in docs/facts.md. */
export function renderScanJson(facts: Facts): string {
  const parts: string[] = [];
  writeScanJson(facts, (text) => parts.push(text));
  return parts.join('');
}

/**
 * The same text as `renderScanJson`, handed to `write` in pieces of about `CHUNK` characters: a large app's facts are
 * megabytes of JSON, which the command prints without ever holding them as one string.
 */
export function writeScanJson(facts: Facts, write: (text: string) => void): void {
  const out = new Pieces(write);
  piece(facts, '', SPLIT_DEPTH, out);
  out.add('\n');
  out.flush();
}

/**
 * How deep the facts are written part by part: each item of their lists (`logs`, `storage`) and each field of their objects
 * (`egress.calls`, `personalData.uses`) is one `JSON.stringify`. A level more made the 1M-line app's 33 MB of JSON take
 * 220 ms instead of 150 ms (one string: 130-150 ms); at this depth its largest piece is 6 MB (`personalData.uses`).
 */
const SPLIT_DEPTH = 2;
const CHUNK = 64 * 1024;

/** `JSON.stringify(value, null, 2)`, as it would print at `indent` inside its parent. */
function piece(value: unknown, indent: string, depth: number, out: Pieces): void {
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    const inner = `${indent}  `;
    for (let i = 0; i < value.length; i++) {
      out.add(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      const item: unknown = value[i];
      piece(skipped(item) ? null : item, inner, depth - 1, out);
    }
    out.add(`\n${indent}]`);
  } else if (depth > 0 && isPlainObject(value)) {
    const inner = `${indent}  `;
    let first = true;
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (skipped(item)) continue;
      out.add(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
      first = false;
      piece(item, inner, depth - 1, out);
    }
    out.add(first ? '{}' : `\n${indent}}`);
  } else {
    const text = JSON.stringify(value, null, 2);
    // Line breaks inside strings are escaped: every one in the text is the layout's.
    out.add(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
  }
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** An object `JSON.stringify` writes key by key: no `toJSON`, no class of its own. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Gathers small pieces of text and hands them on in chunks. */
class Pieces {
  private parts: string[] = [];
  private size = 0;
  private readonly write: (text: string) => void;

  constructor(write: (text: string) => void) {
    this.write = write;
  }

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
