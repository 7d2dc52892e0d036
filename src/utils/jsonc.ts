import type { Node } from '../scan/source/ast.ts';
import { mayNestDeeply } from './nesting.ts';
import { oxc } from './oxc.ts';

/** A text that is not JSONC, with the offset where the parser stopped when it says. */
export class JsoncError extends Error {
  readonly offset: number | null;
  constructor(message: string, offset: number | null) {
    super(message);
    this.offset = offset;
  }
}

/**
 * Parses JSON with comments and trailing commas (the JSONC that tsconfig.json, jsconfig.json and
 * VS Code settings allow), with the JavaScript parser the scan already uses: only literals, objects and
 * arrays are accepted. Throws with the parser's message when the text is not that.
 */
export function parseJsonc(text: string): unknown {
  // Nesting that deep is no configuration, and could overrun the parser's stack.
  if (mayNestDeeply(text)) throw new Error('nested thousands of levels deep');
  // Plain JSON, as most configuration is, needs no parser.
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Comments, trailing commas, or no JSON at all: the parser tells.
  }
  const result = oxc().parseSync('config.json.ts', `(${text}\n)`, { lang: 'ts', sourceType: 'script' });
  const error = result.errors.find((e) => e.severity === 'Error');
  // Where the parser stopped, in the text as given (without the `(` put before it).
  const at = error?.labels[0]?.start;
  if (error) throw new JsoncError(error.message, at === undefined ? null : Math.min(Math.max(at - 1, 0), text.length));
  const body = (result.program as unknown as Node).body as Node[];
  if (body.length !== 1 || body[0]!.type !== 'ExpressionStatement') throw new Error('not a single JSON value');
  return literal(body[0]!.expression);
}

function literal(node: Node): unknown {
  switch (node.type) {
    case 'ParenthesizedExpression':
      return literal(node.expression);
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') break;
      return node.value;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      break;
    case 'ArrayExpression':
      return (node.elements as Array<Node | null>).map((e) => (e && e.type !== 'SpreadElement' ? literal(e) : fail(e ?? node)));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties as Node[]) {
        const key = p.type === 'Property' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : null) : null;
        if (key === null || p.kind !== 'init' || p.method || p.shorthand) return fail(p);
        // Defined, not assigned: a `__proto__` key is data like any other.
        Object.defineProperty(out, key, { value: literal(p.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      break;
  }
  return fail(node);
}

function fail(node: Node): never {
  throw new Error(`unexpected ${node.type} at offset ${Math.max(0, (node.start as number) - 1)}`);
}

/**
 * The text with `//` and `/* *\/` comments outside strings turned into spaces (line breaks kept), so
 * offsets, lines and columns stay those of the original.
 */
export function blankJsonComments(text: string): string {
  if (!text.includes('/')) return text;
  let out = '';
  let i = 0;
  let from = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*';
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      const stop = end < 0 ? text.length : block ? end + 2 : end;
      out += text.slice(from, i) + text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = from = stop;
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}

/**
 * The text with each comma that closes a list or object (`["READ",]`, `{ "a": 1, }`) outside strings turned into a space, so
 * offsets stay those of the original. Comments must be blanked first: a comment between the comma and the bracket would hide it.
 */
export function blankTrailingCommas(text: string): string {
  if (!text.includes(',')) return text;
  const out = text.split('');
  let comma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      comma = -1;
    } else if (c === ',') {
      comma = i;
    } else if ((c === '}' || c === ']') && comma >= 0) {
      out[comma] = ' ';
      comma = -1;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') {
      comma = -1;
    }
  }
  return out.join('');
}
