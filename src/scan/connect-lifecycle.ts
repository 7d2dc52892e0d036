import { callbackUrl } from '../app/connect-modules.ts';
import { hostOf } from '../app/egress-address.ts';
import type { Diagnostic, SdkCall, TriggerFact, UninstallFact } from './facts.ts';
import sdkDeletes from '../data/sdk-deletes.json' with { type: 'json' };
import type { CallGraph } from './link.ts';
import { INSTALLATION_API } from './source/ace-client.ts';
import { answers, anyPath, pathOf } from './route-paths.ts';
import { PAGES_EXPORTS, routeOfFile } from './handlers.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { vendorForHost, type Vendor } from './vendors.ts';

/** The exports of a route file that answer the POST request of a callback: Next.js's `default` (or `handler`), the App Router's `POST`, a Cloudflare Pages function's `onRequest` or `onRequestPost`. */
const ROUTE_EXPORTS = ['default', 'handler', 'POST', ...PAGES_EXPORTS.filter((name) => name === 'onRequest' || name === 'onRequestPost')];

/**
 * atlassian-connect-express answers the `installed` callback itself, and nothing else: an app made
 * with it handles `uninstalled` only if its own routers take POST requests on the callback's path.
 * So does an app whose own router answers `installed` (`app.post('/installed', onInstall)`, with
 * atlassian-connect-auth or by hand). When every path its routers take POST requests on is known, an
 * `uninstalled` callback none of them answers handles no uninstall: Connect's request gets a 404.
 * Nor does one on a host that serves only static files (the descriptor's `baseUrl` on GitHub Pages),
 * whatever code the app's folder holds: none of it runs there.
 */
export function answeredUninstall(uninstall: UninstallFact[], files: readonly FileFacts[], triggers: readonly TriggerFact[] = [], baseUrl: string | null = null): { uninstall: UninstallFact[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const served = uninstall.filter((fact) => {
    const host = staticHost(fact, baseUrl);
    if (host === null) return true;
    diagnostics.push({
      severity: 'warning', code: 'unanswered-lifecycle', file: fact.evidence.file, line: fact.evidence.line, column: fact.evidence.column,
      message: `The descriptor asks for the \`uninstalled\` callback at ${callbackUrl(fact)}, on ${host.name}, which serves only the files it is given: no code of the app answers Connect's POST request there, and uninstall is not handled.`,
      hint: 'Serve the lifecycle callbacks from a server that runs the app\'s code, and delete there what the app keeps for the installation.',
    });
    return false;
  });
  const routed = answeredByRoutes(served, files, triggers);
  return { uninstall: routed.uninstall, diagnostics: [...diagnostics, ...routed.diagnostics] };
}

/**
 * The static hosting an `uninstalled` callback's URL is on (GitHub Pages for `/uninstalled` beside the descriptor's
 * `baseUrl: https://team.github.io/app`): no code runs there, whatever code the app's folder holds; null for any other host.
 */
function staticHost(fact: UninstallFact, baseUrl: string | null): Vendor | null {
  const url = callbackUrl(fact);
  const address = url === null ? null : /^https?:\/\//i.test(url) ? url : baseUrl;
  const host = address === null ? null : hostOf(address).host;
  const vendor = host === null ? null : vendorForHost(host);
  return vendor?.staticOnly ? vendor : null;
}

function answeredByRoutes(uninstall: UninstallFact[], files: readonly FileFacts[], triggers: readonly TriggerFact[]): { uninstall: UninstallFact[]; diagnostics: Diagnostic[] } {
  const backend = files.filter((f) => f.side === 'backend');
  const routes = backend.flatMap((f) => f.routes);
  if (uninstall.length === 0 || routes.some((route) => route === null || anyPath(route)) || backend.some((f) => routeOfFile(f.file) !== null)) return { uninstall, diagnostics: [] };
  const madeHere = backend.some((f) => f.storage.some((op) => op.api === INSTALLATION_API));
  if (!madeHere && !answersInstalled(triggers, routes)) return { uninstall, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const answered = uninstall.filter((fact) => {
    const url = callbackUrl(fact);
    if (url === null) return true;
    const path = pathOf(url);
    if (routes.some((route) => route !== null && answers(route, path))) return true;
    diagnostics.push({
      severity: 'warning', code: 'unanswered-lifecycle', file: fact.evidence.file, line: fact.evidence.line, column: fact.evidence.column,
      message: `The descriptor asks for the \`uninstalled\` callback at ${path}, but no route of the app takes POST requests there${madeHere ? ', and atlassian-connect-express does not answer it' : ''}: uninstall is not handled.`,
      hint: madeHere
        ? `Add a route for it (\`app.post('${path}', addon.authenticateInstall(), \u2026)\`) that deletes what the app keeps for the installation.`
        : `Add a route for it (\`app.post('${path}', \u2026)\`) that checks the callback's JWT and deletes what the app keeps for the installation.`,
    });
    return false;
  });
  return { uninstall: answered, diagnostics };
}

/** Whether a route of the app's own routers takes the `installed` callback. */
function answersInstalled(triggers: readonly TriggerFact[], routes: ReadonlyArray<string | null>): boolean {
  return triggers.some((t) => {
    const url = t.kind === 'connect-lifecycle' && t.events.includes('installed') ? callbackUrl(t) : null;
    return url !== null && routes.some((route) => route !== null && answers(route, pathOf(url)));
  });
}

/**
 * The delete operations each Connect `uninstalled` callback's handler runs: those written in the registrar's call of a route
 * answering its path (`app.post('/uninstalled', auth, async (req, res) => { await db.query('DELETE FROM ...') })`) and in the
 * app's functions it names or calls, and theirs in turn; for a Forge uninstall trigger, those of its function's handler and of
 * the functions it calls.
 */
export function uninstallDeletes(uninstall: UninstallFact[], files: readonly FileFacts[], graph: CallGraph, functions: ReadonlyArray<{ key: string; file: string | null; exportName: string }> = []): UninstallFact[] {
  const handlers = files.filter((f) => f.side === 'backend' && f.routeHandlers);
  // `pages/api/lifecycle/[event].js`, `app/api/connect/uninstalled/route.ts`: the functions a route file answers with.
  const routeFiles = files.flatMap((f) => {
    const route = f.side === 'backend' ? routeOfFile(f.file) : null;
    return route === null ? [] : [{ file: f.file, route }];
  });
  if (handlers.length === 0 && routeFiles.length === 0 && !uninstall.some((u) => u.function)) return uninstall;
  // A helper's operation is reported at each caller that names its statement (`via`): matched where it is reported.
  const deletes = files.flatMap((f) => f.storage.filter((op) => op.op === 'delete'));
  const vendorDeletes = files.flatMap((f) => f.sdkCalls.filter(deletesObjects));
  return uninstall.map((fact) => {
    const spans: Array<{ file: string; line: number; endLine: number }> = [];
    const reached = (fn: FunctionInfo): boolean => {
      spans.push({ file: fn.evidence.file, line: fn.evidence.line, endLine: fn.endLine });
      return false;
    };
    // A Forge uninstall trigger: its function's handler, and what it calls.
    const handler = fact.function === undefined ? undefined : functions.find((h) => h.key === fact.function);
    const start = handler?.file ? graph.exported(handler.file, handler.exportName) : null;
    if (start) graph.reaches(start, reached);
    const url = start ? null : callbackUrl(fact);
    const path = url === null ? null : pathOf(url);
    for (const file of path === null ? [] : routeFiles.filter((f) => answers(f.route, path!))) {
      for (const name of ROUTE_EXPORTS) {
        const found = graph.exported(file.file, name);
        if (found) graph.reaches(found, reached);
      }
    }
    for (const file of path === null ? [] : handlers) {
      for (const route of file.routeHandlers!.filter((h) => answers(h.route, path!))) {
        spans.push({ file: file.file, line: route.line, endLine: route.endLine });
        for (const call of route.calls) {
          const found = call.includes('#') ? graph.target(file, call) : graph.function(file, call);
          if (found) graph.reaches(found, reached);
        }
      }
    }
    if (spans.length === 0) return fact;
    const within = (evidence: { file: string; line: number }): boolean => spans.some((s) => evidence.file === s.file && evidence.line >= s.line && evidence.line <= s.endLine);
    const run = deletes.filter((op) => within(op.evidence));
    // `bucket.deleteFiles({ prefix: clientKey })`, `s3.send(new DeleteObjectsCommand(...))`: objects deleted from a storage vendor.
    const objects = vendorDeletes.filter((call) => within(call.evidence)).map((call) => ({ backend: 'external-db' as const, key: null, vendor: call.vendor, evidence: call.evidence }));
    return { ...fact, deletes: [...run.map((op) => ({ backend: op.backend, key: op.key, evidence: op.evidence, ...(op.tenant ? { tenant: true as const } : {}) })), ...objects] };
  });
}

/**
 * Whether a request to a route of the app carries a Connect secret: the route (`app.post('/installed', ...)`,
 * `router.post('/uninstalled')` under a mount) takes one of the app's Connect lifecycle callbacks, whose body holds the
 * installation's shared secret, or its query is that of a Connect page, which holds the JWT (see `pageRoutes`).
 * https://developer.atlassian.com/cloud/jira/platform/connect-app-descriptor/#lifecycle
 */
export function secretRoutes(triggers: readonly TriggerFact[], pages: readonly string[] | null = null): (route: string) => boolean {
  const paths = triggers.filter((t) => t.kind === 'connect-lifecycle').map(callbackUrl).filter((u): u is string => u !== null).map(pathOf);
  const page = pageRoutes(pages);
  return (route) => (route.startsWith('?') ? page(route.slice(1)) : paths.some((path) => answers(route, path)));
}

/**
 * Whether the query of a request to a GET route (`GET /panel`, `GET! /panel` when ACE's `authenticate()` guards it) is
 * that of a page of the app's Connect modules, which the product loads with the Connect JWT in it (`?jwt=...&xdm_e=...`):
 * a route answering one of the modules' URLs, a parameter of the route (`/board/:key`) taking any segment, such as a
 * context parameter of the URL (`{project.key}`); where the descriptor gives no page URL, a route guarded by ACE, which
 * reads the token from the query.
 * https://developer.atlassian.com/cloud/jira/platform/understanding-jwt-for-connect-apps/
 */
function pageRoutes(pages: readonly string[] | null): (route: string) => boolean {
  if (pages === null) return () => false;
  const served = servedPages(pages);
  return (route) => (pages.length === 0 ? route.startsWith('GET!') : served(route).length > 0);
}

/** The URLs of the descriptor's pages a GET route (`GET /panel`, `GET! /board/:key`) serves. */
export function servedPages(pages: readonly string[]): (route: string) => string[] {
  const urls = pages.map((url) => ({ url, path: segments(pathOf(url), /\{[^}]*\}/) }));
  return (route) => {
    const at = route.indexOf(' ');
    if (at < 0) return [];
    const path = segments(pathOf(route.slice(at + 1)), /^:/);
    return urls.filter((u) => servesPage(path, u.path)).map((u) => u.url);
  };
}

/** A path's segments, `*` for each the pattern marks as a parameter. */
function segments(path: string, param: RegExp): string[] {
  return path.split('/').map((s) => (param.test(s) ? '*' : s));
}

/** A route serves the page itself or mounted under a prefix (`router.get('/panel')` under `app.use('/ui', router)`). */
function servesPage(route: readonly string[], page: readonly string[]): boolean {
  if (route.length > page.length) return false;
  const from = page.length - route.length;
  return route.every((s, i) => (i === 0 && s === '' && from > 0) || s === '*' || s === page[from + i]);
}

const DELETES = new Map(Object.entries(sdkDeletes.vendors).map(([vendor, names]) => [vendor, new Set(names)]));

/** A call of a storage vendor's SDK that deletes objects (`src/data/sdk-deletes.json`): by the command it sends, or its last name. */
function deletesObjects(call: SdkCall): boolean {
  const names = DELETES.get(call.vendor);
  return names !== undefined && names.has(call.command ?? call.api.slice(call.api.lastIndexOf('.') + 1));
}
