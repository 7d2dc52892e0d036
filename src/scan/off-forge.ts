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
export function offForgeFiles(files: readonly FileFacts[], handlers: ReadonlyArray<{ file: string | null }>, graph: CallGraph, packageFiles: readonly string[] = [], manifest: string | null = null): Set<string> {
  const handlerFiles = handlers.flatMap((h) => (h.file ? [h.file] : []));
  const apart = separatePackages(packageFiles, handlerFiles, manifest);
  const servers = files.filter((f) => f.side === 'backend' && (f.imports.some((i) => SERVER_MODULES.has(packageName(i.module) ?? '')) || apart.has(packageOf(f.file, packageFiles))));
  if (servers.length === 0) return new Set();
  const forge = imported(handlerFiles, graph);
  return new Set([...imported(servers.map((f) => f.file), graph)].filter((file) => !forge.has(file)));
}

/** The folder of a package.json ('' at the root). */
const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

/** The folder of the nearest package.json that holds a file. */
function packageOf(file: string, packageFiles: readonly string[]): string | null {
  let best: string | null = null;
  for (const dir of packageFiles.map(folderOf)) if ((dir === '' || file.startsWith(`${dir}/`)) && (best === null || dir.length > best.length)) best = dir;
  return best;
}

/**
 * Packages of their own beside the Forge app (`lambda/package.json` for an AWS Lambda behind its remote, a worker's):
 * no Forge function's handler is in them and they do not hold the manifest, so what runs there is deployed elsewhere.
 */
function separatePackages(packageFiles: readonly string[], handlerFiles: readonly string[], manifest: string | null): Set<string | null> {
  if (manifest === null) return new Set();
  const home = folderOf(manifest);
  const forge = new Set(handlerFiles.map((f) => packageOf(f, packageFiles)));
  return new Set(packageFiles.map(folderOf).filter((dir) => dir !== '' && !forge.has(dir) && home !== dir && !home.startsWith(`${dir}/`)));
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
