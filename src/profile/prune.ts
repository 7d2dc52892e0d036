/**
 * Removes values from the plain data read from YAML (unfilled fields, invalid values) while
 * remembering where array items came from, so paths into what remains map back to the file.
 */
import { isObject } from '../utils/is-object.ts';
import type { PathSegment } from './yaml-paths.ts';

export class Pruner {
  readonly root: unknown;
  readonly #origin = new WeakMap<unknown[], number[]>();

  constructor(root: unknown) {
    this.root = root;
  }

  /** The path in the YAML document of a path into the pruned data. */
  toDocPath(path: readonly PropertyKey[]): PathSegment[] {
    const out: PathSegment[] = [];
    let node: unknown = this.root;
    for (const segment of path) {
      if (Array.isArray(node) && typeof segment === 'number') {
        out.push(this.#origin.get(node)?.[segment] ?? segment);
        node = node[segment];
      } else {
        out.push(String(segment));
        node = isObject(node) ? node[String(segment)] : undefined;
      }
    }
    return out;
  }

  /** Removes each path (in pruned-data space), deepest first; false when one is the whole document. */
  removeAll(paths: ReadonlyArray<readonly PathSegment[]>): boolean {
    const sorted = [...paths].sort((a, b) => b.length - a.length || compareLast(b, a));
    let ok = true;
    for (const path of sorted) ok = this.#remove(path) && ok;
    return ok;
  }

  #remove(path: readonly PathSegment[]): boolean {
    if (path.length === 0) return false;
    let parent: unknown = this.root;
    for (const segment of path.slice(0, -1)) parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<PathSegment, unknown>)[segment] : undefined;
    const last = path.at(-1)!;
    if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
      const origin = this.#origin.get(parent) ?? parent.map((_, i) => i);
      origin.splice(last, 1);
      parent.splice(last, 1);
      this.#origin.set(parent, origin);
    } else if (isObject(parent)) delete parent[String(last)];
    return true;
  }
}

function compareLast(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  const x = a.at(-1);
  const y = b.at(-1);
  return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
}
