/** Dot-paths into a YAML document and their source positions. */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from '../app/doc-path.ts';

export { formatPath, parsePath, type PathSegment } from '../app/doc-path.ts';

export interface Position {
  line: number;
  column: number;
}

/**
 * Position of the value at `path`, or of its key when the value is empty; when the path does not
 * exist, the position of the deepest part that does (so a missing field points at its parent).
 */
export function locateInDocument(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): Position | null {
  let node: unknown = doc.contents;
  let best: number | null = offsetOf(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      const keyOffset = offsetOf(pair.key);
      const valueOffset = isEmptyNode(pair.value) ? null : offsetOf(pair.value);
      best = valueOffset ?? keyOffset ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      best = offsetOf(item) ?? best;
      node = item;
    } else break;
  }
  if (best === null) return null;
  const { line, col } = lineCounter.linePos(best);
  return { line, column: col };
}

export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function offsetOf(node: unknown): number | null {
  const range = (node as Node | null)?.range;
  return range ? range[0] : null;
}

function isEmptyNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1]);
}

export function isPrefix(prefix: readonly PathSegment[], path: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
