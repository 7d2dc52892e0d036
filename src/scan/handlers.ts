import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/** Serverless HTTP routes by file convention: Next.js `pages/api`, App Router `route` files, Vercel/Netlify `api` functions. */
const ROUTE_FILE = /(^|\/)(pages\/api\/.+|api\/.+|netlify\/functions\/.+)\.[cm]?[jt]sx?$/;
const APP_ROUTE = /(^|\/)app\/(.+\/)?route\.[cm]?[jt]s$/;
const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * `file#export` of every function that receives a payload: manifest handlers, HTTP routes, and
 * functions handed by name to a registrar (`resolver.define('get', getIssue)`), which may be
 * `file##name` for one the module does not export.
 */
export function handlerExports(files: FileFacts[], handlers: Array<{ file: string | null; exportName: string }>, graph: CallGraph): Set<string> {
  const out = new Set<string>();
  const add = (found: ReturnType<CallGraph['function']>): void => {
    if (found) out.add(`${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}`);
  };
  for (const h of handlers) {
    if (!h.file) continue;
    out.add(`${h.file}#${h.exportName}`);
    // `export { onComment } from './events'`: the function is in the module it comes from.
    add(graph.exported(h.file, h.exportName));
  }
  for (const f of files) {
    if (ROUTE_FILE.test(f.file)) out.add(`${f.file}#default`).add(`${f.file}#handler`);
    if (APP_ROUTE.test(f.file)) for (const verb of HTTP_VERBS) out.add(`${f.file}#${verb}`);
    for (const ref of f.handlerRefs) add(graph.function(f, ref));
  }
  return out;
}
