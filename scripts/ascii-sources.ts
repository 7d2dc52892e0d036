/**
 * Makes TypeScript sources ASCII-only, as test/ascii-sources.test.ts asks: in comments "…" "→" "—" "–" become
 * "..." "->" "-" "-" (other characters \u escapes), in strings, templates and regexes every other character becomes
 * the \u escape of the same value. `node scripts/ascii-sources.ts [file…]` (default: every file under src/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'oxc-parser';

type Kind = 'comment' | 'string' | 'regex' | 'raw' | 'cooked' | 'tagged';
type Span = [start: number, end: number, kind: Kind];

const IN_COMMENTS: Record<string, string> = { '\u2026': '...', '\u2192': '->', '\u2014': '-', '\u2013': '-', '\u2265': '>=', '\u00a7': 'section ' };
/** Tags whose template is read raw (its \u escapes reach a RegExp as escapes) or cooked (as a string's). */
const RAW_TAGS = new Set(['String.raw', 'phrase']);
const COOKED_TAGS = new Set(['html']);

const hex = (n: number): string => n.toString(16).padStart(4, '0');

function spansOf(file: string, text: string): Span[] {
  const parsed = parseSync(file, text);
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  const spans: Span[] = parsed.comments.map((c) => [c.start, c.end, 'comment']);
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, any>;
    if (n.type === 'Literal' && typeof n.value === 'string') spans.push([n.start, n.end, 'string']);
    else if (n.type === 'Literal' && n.regex) spans.push([n.start, n.end, /[uv]/.test(n.regex.flags) ? 'string' : 'regex']);
    else if (n.type === 'TemplateElement') spans.push([n.start, n.end, 'string']);
    else if (n.type === 'TaggedTemplateExpression') {
      const tag = n.tag.type === 'MemberExpression' ? `${n.tag.object.name}.${n.tag.property.name}` : n.tag.name;
      spans.push([n.start, n.end, RAW_TAGS.has(tag) ? 'raw' : COOKED_TAGS.has(tag) ? 'cooked' : 'tagged']);
    }
    for (const key in n) if (key !== 'parent') visit(n[key]);
  };
  visit(parsed.program);
  return spans;
}

export function asciify(file: string, text: string): string {
  if (![...text].some((c) => c.charCodeAt(0) >= 0x80)) return text;
  const spans = spansOf(file, text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code < 0x80) { out += text[i]; continue; }
    const kinds = spans.filter(([start, end]) => start <= i && i < end).map((s) => s[2]);
    const astral = code > 0xffff;
    const units = astral ? `\\u${hex(text.charCodeAt(i))}\\u${hex(text.charCodeAt(i + 1))}` : `\\u${hex(code)}`;
    const point = astral ? `\\u{${code.toString(16)}}` : `\\u${hex(code)}`;
    if (kinds.includes('comment')) out += IN_COMMENTS[String.fromCodePoint(code)] ?? point;
    else if (kinds.includes('tagged')) throw new Error(`${file}: a non-ASCII character in a tagged template at offset ${i}`);
    else if (kinds.includes('raw') || kinds.includes('regex')) out += units;
    else if (kinds.includes('string') || kinds.includes('cooked')) out += point;
    else throw new Error(`${file}: a non-ASCII character outside a comment or literal at offset ${i}`);
    if (astral) i++;
  }
  return out;
}

if (import.meta.main) {
  const root = path.join(import.meta.dirname, '..');
  const files = process.argv.length > 2
    ? process.argv.slice(2)
    : fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, 'src', f));
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const ascii = asciify(file, text);
    if (ascii !== text) { fs.writeFileSync(file, ascii); console.log(`rewrote ${path.relative(root, file)}`); }
  }
}
