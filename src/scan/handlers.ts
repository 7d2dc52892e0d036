import type { Diagnostic, Evidence } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/** Serverless HTTP routes by file convention: Next.js `pages/api`, App Router `route` files, Vercel/Netlify `api` functions. */
const ROUTE_FILE = /(^|\/)(pages\/api\/.+|api\/.+|netlify\/functions\/.+)\.[cm]?[jt]sx?$/;
const APP_ROUTE = /(^|\/)app\/(.+\/)?route\.[cm]?[jt]s$/;
const HTTP_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
/** Cloudflare Pages Functions: a file in `functions/` answers the path it is named for with `onRequest` (any method) or `onRequestPost`...; `_middleware` files answer every path. */
const PAGES_FUNCTION = /(^|\/)functions\/(.+)\.[cm]?[jt]s$/;
export const PAGES_EXPORTS = ['onRequest', ...HTTP_VERBS.map((v) => `onRequest${v[0]}${v.slice(1).toLowerCase()}`)];
/** Whether a file is a Cloudflare Pages function: in `functions/`, exporting `onRequest` or `onRequest<Method>`. */
export const isPagesFunction = (f: FileFacts): boolean => PAGES_FUNCTION.test(f.file) && (f.exports ?? []).some((name) => PAGES_EXPORTS.includes(name));
/** The `functions/` folder a Pages function is in (`site/functions/`). */
export function pagesFolder(file: string): string | null {
  const m = PAGES_FUNCTION.exec(file);
  return m ? file.slice(0, m.index + m[1]!.length + 'functions/'.length) : null;
}
const WORKER_FETCH = 'default.fetch';
/** After an object's name in a handler ref: every function of the object, each under its key. */
export const MEMBERS = '.*';
/** After a function's name in a handler ref, and its `file#export` among handlers: an HTTP router calls it (`app.post('/x', handleX)`). */
export const ROUTED = '|req';

/**
 * `file#export` of every function that receives a payload: manifest handlers, HTTP routes (a module Worker's `fetch` where
 * the app runs on Cloudflare, `workers`), and
 * functions handed by name to a registrar (`resolver.define('get', getIssue)`), which may be
 * `file##name` for one the module does not export; `file#export()` for the function one returns
 * (`app.post('/installed', installed(addon))`), and `file#export()@/installed` for the route it takes.
 */
export function handlerExports(files: FileFacts[], handlers: Array<{ file: string | null; exportName: string }>, graph: CallGraph, workers = false): Set<string> {
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
    // `@/api/installed`: the path the file answers, for the scan to tell a Connect lifecycle callback's (see `routeOfFile`).
    const route = routeOfFile(f.file);
    const at = route === null ? '' : `@${route}`;
    if (ROUTE_FILE.test(f.file)) out.add(`${f.file}#default`).add(`${f.file}#handler`).add(`${f.file}#default${at}`).add(`${f.file}#handler${at}`);
    if (APP_ROUTE.test(f.file)) for (const verb of HTTP_VERBS) out.add(`${f.file}#${verb}`).add(`${f.file}#${verb}${at}`);
    if (isPagesFunction(f)) for (const name of PAGES_EXPORTS) out.add(`${f.file}#${name}`).add(`${f.file}#${name}${at}`);
    // A module Worker (`export default { fetch(request, env) }`) of an app on Cloudflare answers every request to it.
    const worker = workers ? f.functions.find((fn) => fn.name === WORKER_FETCH) : undefined;
    if (worker) out.add(`${f.file}#${worker.exports[0] ?? `#${worker.name}`}`);
    for (const ref of f.handlerRefs) {
      // `resolvers.*`: each function of an object of functions (`Object.entries(resolvers)` defined in a loop).
      if (ref.endsWith(MEMBERS)) {
        for (const found of graph.members(f, ref.slice(0, -MEMBERS.length))) add(found);
        continue;
      }
      // `handleX|req`: a function an HTTP router calls with the request first; `wrap()|req`, the function `wrap` returns.
      if (ref.endsWith(ROUTED)) {
        const name = ref.slice(0, -ROUTED.length);
        const made = name.endsWith('()');
        const fn = graph.function(f, made ? name.slice(0, -2) : name);
        if (fn) out.add(`${fn.file.file}#${fn.fn.exports[0] ?? `#${fn.fn.name}`}${made ? '()' : ''}${ROUTED}`);
        continue;
      }
      // `installed()`: the function `installed` returns (`app.post('/installed', installed(addon))`), `@/installed` the route it takes.
      // `panel@?GET /panel`: a function answering a GET route (see `pageQuery`).
      const page = ref.indexOf('@?');
      if (page !== -1) {
        const fn = graph.function(f, ref.slice(0, page));
        if (fn) out.add(`${fn.file.file}#${fn.fn.exports[0] ?? `#${fn.fn.name}`}${ref.slice(page)}`);
        continue;
      }
      const at = ref.indexOf('()');
      // `handleInstall@/installed`: a function answering a route of that path (`app.post('/installed', handleInstall)`).
      const served = at === -1 ? ref.indexOf('@/') : -1;
      const found = graph.function(f, at !== -1 ? ref.slice(0, at) : served !== -1 ? ref.slice(0, served) : ref);
      if (!found || at === -1) {
        add(found);
        if (found && served !== -1) out.add(`${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}${ref.slice(served)}`);
        continue;
      }
      const key = `${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}()`;
      out.add(key);
      if (ref.length > at + 2) out.add(key + ref.slice(at + 2));
    }
  }
  for (const f of files) for (const w of f.wrappedExports ?? []) wrappedHandler(f, w, graph, out);
  return out;
}

/**
 * `export default withContext(async (req, res, ctx) => ...)` of a handler: the function the app's wrapper returns is what receives the
 * requests (`withContext()`, with the route it answers), and hands the function it was given what it passes it.
 */
function wrappedHandler(f: FileFacts, wrapped: { name: string; wrapper: string }, graph: CallGraph, out: Set<string>): void {
  if (!out.has(`${f.file}#${wrapped.name}`)) return;
  const found = graph.function(f, wrapped.wrapper);
  if (!found) return;
  const key = `${found.file.file}#${found.fn.exports[0] ?? `#${found.fn.name}`}()`;
  out.add(key);
  const route = routeOfFile(f.file);
  if (route !== null && out.has(`${f.file}#${wrapped.name}@${route}`)) out.add(`${key}@${route}`);
}

/**
 * The URL path a route file answers: `/api/lifecycle/installed` for Next.js's `pages/api/lifecycle/installed.ts` or
 * `app/api/lifecycle/installed/route.ts` (route groups `(name)` left out), Vercel's `api/installed.js`, a dynamic segment
 * as a parameter (`lifecycle/[event].js`: `/api/lifecycle/:event`), a Cloudflare Pages function's path under its `functions/`
 * folder (`functions/lifecycle/installed.ts`: `/lifecycle/installed`); null for a file of another kind, a catch-all (`[...slug]`,
 * `[[path]]`) or a Pages `_middleware`.
 */
export function routeOfFile(file: string): string | null {
  const app = APP_ROUTE.exec(file);
  const pages = app ? null : PAGES_FUNCTION.exec(file);
  const named = app ? (app[2] ?? '').replace(/\/$/, '') : (pages?.[2] ?? /(?:^|\/)(?:pages\/)?(api\/.+)\.[cm]?[jt]sx?$/.exec(file)?.[1])?.replace(/(^|\/)index$/, '');
  // A Pages `_middleware` answers every path; so does a catch-all (`[...slug]`, Pages' `[[path]]`).
  const served = pages && /(^|\/)_/.test(pages[2]!) ? undefined : named;
  if (served === undefined || served.includes('[...') || served.includes('[[') || /(^|\/)netlify\/functions\//.test(file)) return null;
  return `/${served.split('/').filter((s) => s !== '' && !/^\(.*\)$/.test(s)).map((s) => s.replace(/^\[(\w+)\]$/, ':$1')).join('/')}`;
}

/**
 * Manifest handlers whose module does not export the function they name: Forge finds the file
 * but not the function. Modules whose exports cannot be told (made at run time, re-exported from
 * a package, unparsed) are not reported.
 */
export function missingHandlerExports(handlers: Array<{ key: string; file: string | null; exportName: string; evidence: Evidence }>, graph: CallGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const h of handlers) {
    const facts = h.file === null ? undefined : graph.file(h.file);
    if (!facts) continue;
    const lost = lostReexport(graph, facts, h.exportName);
    if (lost !== null) {
      out.push({
        severity: 'warning', code: 'unresolved-handler', file: h.evidence.file, line: h.evidence.line, column: h.evidence.column,
        message: `Function '${h.key}': ${facts.file} exports '${h.exportName}' from ${lost}, which is not among the app's files; the function's code is not linked to it.`,
        hint: `Point the export in ${facts.file} at the module that holds \`${h.exportName}\`, or add that module; \`forge deploy\` cannot bundle an import of a missing file.`,
      });
      continue;
    }
    if (exportsName(graph, facts, h.exportName, new Set()) !== false) continue;
    const names = facts.exports ?? [];
    out.push({
      severity: 'warning', code: 'unresolved-handler', file: h.evidence.file, line: h.evidence.line, column: h.evidence.column,
      message: `Function '${h.key}': ${facts.file} does not export '${h.exportName}', the function its handler names; the function's code is not linked to it.`,
      hint: names.length > 0
        ? `Export \`${h.exportName}\` from ${facts.file}, or name one of its exports in \`handler\` (${names.map((n) => `\`${n}\``).join(', ')}).`
        : `Export \`${h.exportName}\` from ${facts.file}.`,
    });
  }
  return out;
}

/**
 * The relative module a module's named export is re-exported from (`export { cleanup } from './scheduled/cleanup'`) when no file
 * of the app is that module; null when the export is its own or comes from a module the app holds or from a package.
 */
function lostReexport(graph: CallGraph, facts: FileFacts, name: string): string | null {
  const re = facts.reexports.find((r) => r.name === name && r.imported !== '*');
  if (!re || !re.module.startsWith('.')) return null;
  return graph.resolveModule(facts.file, re.module) === null ? re.module : null;
}

/** Whether the module exports `name`: true, false, or null when that cannot be told. */
function exportsName(graph: CallGraph, facts: FileFacts, name: string, seen: Set<string>): boolean | null {
  if (seen.has(facts.file)) return false;
  seen.add(facts.file);
  if (facts.exports === null || facts.diagnostics.some((d) => d.code === 'parse-error')) return null;
  if (facts.exports.includes(name)) return true;
  let known: boolean | null = false;
  for (const re of facts.reexports) {
    if (re.name !== '*') continue;
    const target = graph.resolveModule(facts.file, re.module);
    const found = target ? graph.file(target) : undefined;
    const answer = found ? exportsName(graph, found, name, seen) : null;
    if (answer) return true;
    if (answer === null) known = null;
  }
  return known;
}
