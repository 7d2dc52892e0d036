import registrars from '../data/handler-registrars.json' with { type: 'json' };
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { packageName } from './vendors.ts';

/** The web frameworks among the modules whose routers register request handlers (Forge's resolver is none). */
export const SERVER_MODULES = new Set(registrars.modules.filter((m) => !m.startsWith('@forge/')));

/**
 * Back-end files that run outside Forge: a web server of the app's own (a file that imports
 * express, atlassian-connect-express, koa, …) and the modules it imports, less every module a
 * Forge function's handler imports. A Forge app's repository may hold the server of its remote,
 * or of its Connect past, beside its functions; the manifest's egress permissions do not bind it.
 */
export function offForgeFiles(files: readonly FileFacts[], handlers: ReadonlyArray<{ file: string | null }>, graph: CallGraph): Set<string> {
  const servers = files.filter((f) => f.side === 'backend' && f.imports.some((i) => SERVER_MODULES.has(packageName(i.module) ?? '')));
  if (servers.length === 0) return new Set();
  const forge = imported(handlers.flatMap((h) => (h.file ? [h.file] : [])), graph);
  return new Set([...imported(servers.map((f) => f.file), graph)].filter((file) => !forge.has(file)));
}

/** The files given and every app file they import, directly or through others. */
export function imported(starts: string[], graph: CallGraph): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const { module } of graph.file(file)?.imports ?? []) {
      const target = graph.resolveModule(file, module);
      if (target !== null && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
