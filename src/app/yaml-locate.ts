import type { Node } from 'yaml';
import type { Diagnostic, Evidence } from '../scan/facts.ts';
import { LineIndex } from '../utils/lines.ts';
import { parsePath, type PathSegment } from './doc-path.ts';
import { yamlLib } from '../utils/yaml.ts';

export { formatPath, parsePath, pointerToPath, type PathSegment } from './doc-path.ts';

/** Where a document's values were written: a map's entries (key, offset, value), a list's items (offset, value). */
interface Located {
  at: number | null;
  map?: Array<[string, number | null, Located | null]>;
  seq?: Array<[number | null, Located | null]>;
}

/** Answers kept between scans (the scan's cache). */
export interface YamlMemo {
  recall(name: string, key: string): string | null;
  remember(name: string, key: string, value: string): void;
}

let memo: YamlMemo | null = null;

/**
 * Keeps what YAML files give (their values, problems, and where each value was written) in `kept`,
 * under their name and text, until called again with null: a scan of unchanged files loads no YAML parser.
 */
export function keepYamlIn(kept: YamlMemo | null): void {
  memo = kept;
}

/** What follows the `---` of an empty document: blank lines, comments, more `---` or `...` lines. */
const EMPTY_DOCUMENT = /^(?:\s|#[^\n]*|---|\.\.\.)*$/;

/** A parsed YAML file that can say where any value in it was written. */
export class YamlFile {
  readonly file: string;
  readonly lines: LineIndex;
  /** The document as plain data; what could be read when the YAML is broken, or null. */
  readonly value: unknown;
  readonly diagnostics: Diagnostic[];
  private readonly tree: Located | null;

  constructor(file: string, text: string) {
    this.file = file;
    this.lines = new LineIndex(text);
    const key = `${file}\0${text}`;
    const kept = memo?.recall('yaml', key) ?? null;
    if (kept !== null) {
      const read = JSON.parse(kept) as { value: unknown; diagnostics: Diagnostic[]; tree: Located | null };
      this.value = read.value;
      this.diagnostics = read.diagnostics;
      this.tree = read.tree;
      return;
    }
    this.diagnostics = [];
    let tree: Located | null = null;
    let value: unknown = null;
    try {
      const { isMap, isScalar, isSeq, parseDocument } = yamlLib();
      // 'error', not 'silent': silent also drops the error for a second document, which would go unread without a word.
      const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
      const locate = (node: unknown): Located | null => {
        if (!node) return null;
        if (isMap(node)) return { at: rangeStart(node) ?? null, map: node.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), rangeStart(p.key) ?? rangeStart(p.value) ?? null, locate(p.value)]) };
        if (isSeq(node)) return { at: rangeStart(node) ?? null, seq: node.items.map((item) => [rangeStart(item) ?? null, locate(item)]) };
        return { at: rangeStart(node) ?? null };
      };
      tree = locate(doc.contents);
      // One mistake often yields several errors on its line; the first one says it best.
      const lines = new Set<number>();
      for (const [problems, severity] of [[doc.errors, 'error'], [doc.warnings, 'warning']] as const) {
        for (const problem of problems) {
          // A `---` line with nothing after it but comments starts an empty document: nothing goes unread.
          const empty = problem.code === 'MULTIPLE_DOCS' && EMPTY_DOCUMENT.test(text.slice(problem.pos[0] + 3));
          const message = problem.code !== 'MULTIPLE_DOCS' ? problem.message
            : empty ? `${this.file} ends in an empty second document (a \`---\` line with nothing after it); the line can go` : `${this.file} holds more than one document (a \`---\` line); only the first is read`;
          const diagnostic = this.syntaxDiagnostic(message, problem.pos[0], empty ? 'warning' : severity);
          if (lines.has(diagnostic.line!)) continue;
          lines.add(diagnostic.line!);
          this.diagnostics.push(diagnostic);
        }
      }
      value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      // toJS refuses alias bombs and some broken documents; keep the syntax errors already found.
      if (this.diagnostics.length === 0) this.diagnostics.push(this.syntaxDiagnostic(error instanceof Error ? error.message : String(error), 0, 'error'));
      value = null;
    }
    this.tree = tree;
    this.value = value ?? null;
    // Only what JSON gives back as it was (no `.inf`, dates or `__proto__` keys) is kept.
    if (memo && plainData(this.value)) memo.remember('yaml', key, JSON.stringify({ value: this.value, diagnostics: this.diagnostics, tree }));
  }

  /**
   * Offset of the value at `path`: the key of a map entry, the start of a list item. When the
   * path goes further than the document (a missing property), the deepest existing node.
   */
  locate(path: string | readonly PathSegment[]): { offset: number; exact: boolean } | null {
    const segments = typeof path === 'string' ? parsePath(path) : path;
    let node = this.tree;
    if (!node) return null;
    let offset = node.at ?? 0;
    for (const segment of segments) {
      let next: Located | null = null;
      let at: number | null = null;
      if (node?.map) {
        const entry: [string, number | null, Located | null] | undefined = node.map.find(([key]) => key === String(segment));
        if (entry) [, at, next] = entry;
      } else if (node?.seq && typeof segment === 'number') {
        const item: [number | null, Located | null] | undefined = node.seq[segment];
        if (item) [at, next] = item;
      }
      if (at === null) return { offset, exact: false };
      offset = at;
      node = next;
    }
    return { offset, exact: true };
  }

  /** Evidence for the value at `path` (the deepest existing node, or line 1 of an empty file). */
  evidence(path: string | readonly PathSegment[]): Evidence {
    return this.lines.evidence(this.file, this.locate(path)?.offset ?? 0);
  }

  private syntaxDiagnostic(message: string, offset: number, severity: 'error' | 'warning'): Diagnostic {
    const at = this.lines.evidence(this.file, Math.min(offset, this.lines.text.length));
    return {
      severity, code: 'yaml-syntax', file: this.file, line: at.line, column: at.column,
      message: `YAML syntax ${severity}: ${message.split('\n')[0]!.replace(/\.?$/, '.')}`,
      hint: 'Fix the YAML (indentation, a missing colon or quote); the rest of the file is read as far as possible.',
    };
  }
}

export function parseYaml(file: string, text: string): YamlFile {
  return new YamlFile(file, text);
}

/** Whether JSON gives `value` back as it is: null, booleans, strings, finite numbers, and arrays and plain objects of them. */
function plainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(plainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).every((key) => key !== '__proto__' && plainData((value as Record<string, unknown>)[key]));
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
