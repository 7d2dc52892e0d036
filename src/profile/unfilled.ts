/**
 * Fields the vendor has not filled yet: a value `TODO` (optionally `TODO: note`), or an empty
 * value (`~`, `null` or nothing) whose line carries a `# TODO` comment. `candor check` reports
 * them as unfilled; the loader removes them before validation so they never count as errors.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, keyText, type PathSegment } from './yaml-paths.ts';

export interface UnfilledField {
  /** Path in the YAML document (array indices as written in the file). */
  path: PathSegment[];
  /** The same as a dot-path, e.g. `scopes.read:jira-work`. */
  pathText: string;
  line: number;
  column: number;
  /** Text after `TODO` (`TODO: why we read issues` -> `why we read issues`), when any. */
  note?: string;
}

export interface PlaceholderScan {
  unfilled: UnfilledField[];
  /** Empty values without a TODO mark: treated as absent. */
  empty: PathSegment[][];
}

const TODO_VALUE = /^TODO(?![A-Za-z0-9_])[\s:\u2013\u2014-]*(.*)$/s;
const TODO_COMMENT = /#.*\bTODO\b/;

/** Lists the unfilled fields of a profile's YAML text, with their lines. */
export function listUnfilledFields(text: string): UnfilledField[] {
  const lineCounter = new LineCounter();
  return scanPlaceholders(parseDocument(text, { lineCounter }), lineCounter, text).unfilled;
}

export function scanPlaceholders(doc: Document, lineCounter: LineCounter, text: string): PlaceholderScan {
  const scan: PlaceholderScan = { unfilled: [], empty: [] };
  const lineText = (offset: number): string => {
    const { line } = lineCounter.linePos(offset);
    const start = lineCounter.lineStarts[line - 1] ?? 0;
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? undefined : end);
  };
  const visit = (node: unknown, at: number | null, path: PathSegment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyOffset = isScalar(pair.key) ? (pair.key.range?.[0] ?? null) : null;
        visit(pair.value, keyOffset, [...path, keyText(pair.key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, isScalar(item) ? (item.range?.[0] ?? at) : at, [...path, index]));
    } else if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      if (path.length === 0) return;
      const offset = (isScalar(node) && node.range && node.range[0] !== node.range[1] ? node.range[0] : null) ?? at;
      const comment = isScalar(node) ? (node.comment ?? '') : '';
      const marked = /\bTODO\b/.test(comment) || (offset !== null && TODO_COMMENT.test(lineText(offset)));
      if (marked && offset !== null) scan.unfilled.push(field(path, lineCounter, offset, comment.replace(/^\s*TODO\b[\s:\u2013\u2014-]*/, '')));
      else scan.empty.push(path);
    } else if (isScalar(node) && typeof node.value === 'string') {
      const match = TODO_VALUE.exec(node.value.trim());
      if (match && node.range) scan.unfilled.push(field(path, lineCounter, node.range[0], match[1]!.trim()));
    }
  };
  visit(doc.contents, null, []);
  return scan;
}

function field(path: PathSegment[], lineCounter: LineCounter, offset: number, note: string): UnfilledField {
  const { line, col } = lineCounter.linePos(offset);
  const out: UnfilledField = { path, pathText: formatPath(path), line, column: col };
  if (note) out.note = note;
  return out;
}
