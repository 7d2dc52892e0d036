import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { keepFacts } from './keep-facts.ts';
import { imported } from './off-forge.ts';

/**
 * Drops what the resolver modules of a Forge app that no invoked function reaches would do. Forge runs a module's
 * resolver functions only through the `function` a module names (`resolver: { function }`), by that function's
 * handler and the modules it imports; a back-end module that imports `@forge/resolver` outside all of them (a
 * manifest whose UI calls a remote, or declares no function at all) never answers a call, so its requests, writes
 * and logs never happen. Undecided, nothing dropped, when an invoked function's handler names no file of the app.
 */
export function dropUnreachedResolvers(files: FileFacts[], handlers: ReadonlyArray<{ file: string | null; unnamed?: true }>, graph: CallGraph): void {
  const invoked = handlers.filter((h) => !h.unnamed);
  if (invoked.some((h) => h.file === null)) return;
  const reached = imported(invoked.map((h) => h.file!), graph);
  for (const f of files) {
    if (f.side !== 'backend' || reached.has(f.file) || !f.imports.some((i) => i.module === '@forge/resolver')) continue;
    keepFacts(f, () => false);
  }
}
