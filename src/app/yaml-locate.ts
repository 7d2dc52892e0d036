import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, Evidence } from '../scan/facts.ts';
import { LineIndex } from '../utils/lines.ts';
import { parsePath, type PathSegment } from './doc-path.ts';

export { formatPath, parsePath, pointerToPath, type PathSegment } from './doc-path.ts';

/** A parsed YAML file that can say where any value in it was written. */
export class YamlFile {
  readonly file: string;
  readonly lines: LineIndex;
  readonly doc: Document.Parsed | null;
  /** The document as plain data; what could be read when the YAML is broken, or null. */
  readonly value: unknown;
  readonly diagnostics: Diagnostic[];

  constructor(file: string, text: string) {
    this.file = file;
    this.lines = new LineIndex(text);
    this.diagnostics = [];
    let doc: Document.Parsed | null = null;
    let value: unknown = null;
    try {
      doc = parseDocument(text, { prettyErrors: false, logLevel: 'silent' });
      // One mistake often yields several errors on its line; the first one says it best.
      const lines = new Set<number>();
      for (const [problems, severity] of [[doc.errors, 'error'], [doc.warnings, 'warning']] as const) {
        for (const problem of problems) {
          const diagnostic = this.syntaxDiagnostic(problem.message, problem.pos[0], severity);
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
    this.doc = doc;
    this.value = value ?? null;
  }

  /**
   * Offset of the value at `path`: the key of a map entry, the start of a list item. When the
   * path goes further than the document (a missing property), the deepest existing node.
   */
  locate(path: string | readonly PathSegment[]): { offset: number; exact: boolean } | null {
    const segments = typeof path === 'string' ? parsePath(path) : path;
    let node: unknown = this.doc?.contents;
    if (!node) return null;
    let offset = rangeStart(node) ?? 0;
    for (const segment of segments) {
      let next: unknown;
      let at: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
        if (pair) {
          next = pair.value;
          at = rangeStart(pair.key) ?? rangeStart(pair.value);
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
        at = rangeStart(next);
      }
      if (at === undefined) return { offset, exact: false };
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

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
