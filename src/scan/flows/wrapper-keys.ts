import type { CallGraph } from '../link.ts';
import type { FileFacts } from '../source/file-facts.ts';

/**
 * `export const run = withErrorHandling(async (event) => ...)`: the function the app's wrapper returns (`withErrorHandling()`) is
 * called as the export is, so it gets what the export's key maps to (a trigger's event, a queue's pushes); by the wrapper's key,
 * what the exports it makes map to, together.
 */
export function throughWrappers<T>(files: readonly FileFacts[], graph: CallGraph, byKey: ReadonlyMap<string, T>, merge: (a: T, b: T) => T): ReadonlyMap<string, T> {
  if (!files.some((f) => f.wrappedExports?.length)) return byKey;
  const out = new Map(byKey);
  for (const f of files) {
    for (const w of f.wrappedExports ?? []) {
      const value = byKey.get(`${f.file}#${w.name}`);
      const found = value === undefined ? null : graph.function(f, w.wrapper);
      if (!found || value === undefined) continue;
      const key = `${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}()`;
      if (byKey.has(key)) continue;
      const known = out.get(key);
      out.set(key, known === undefined ? value : merge(known, value));
    }
  }
  return out;
}
