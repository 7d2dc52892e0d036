import type { DataKind, Diagnostic } from '../facts.ts';
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Detector, FileContext } from './context.ts';
import { detectEgress } from './detectors/egress.ts';
import { detectBaseUrl } from './detectors/base-urls.ts';
import { detectAccessLog } from './detectors/access-logs.ts';
import { detectLogTransport } from './detectors/log-transports.ts';
import { consoleSettings, detectLog } from './detectors/logs.ts';
import { detectQueuePush } from './detectors/queues.ts';
import { detectRenderedView } from './detectors/rendered-views.ts';
import { detectReporting } from './detectors/personal-data.ts';
import { detectJobSchedule } from './detectors/job-schedules.ts';
import { collectSdkExports, detectSdkCall } from './detectors/sdk-calls.ts';
import { detectRestCall } from './detectors/rest-calls.ts';
import { detectHandedRoute } from './detectors/handed-routes.ts';
import { detectStorage } from './detectors/storage.ts';
import { detectHardCodedKey } from './detectors/hard-coded-keys.ts';
import { detectInvoke } from './detectors/invokes.ts';
import { detectParamClientCall } from './detectors/param-clients.ts';
import type { FileFacts } from './file-facts.ts';
import type { LineIndex } from '../../utils/lines.ts';
import { parseModule, type ImportBinding } from './module.ts';
import { normaliseKinds, type Flow } from './flow.ts';
import { Scope } from './scope.ts';
import { PARAM, hasImported, hasParam, settle } from './string-marks.ts';
import { exportedConstants } from './constants.ts';
import { collectExports } from './exports.ts';
import { derive, isKnown } from './derive.ts';
import { productPath } from '../product-requests.ts';
import { walkFile } from './walk/walk.ts';
import { settleHelperAges } from './purge-helpers.ts';
import { memberOnlyImports } from './member-imports.ts';
import { applyDefaultHeaders } from './default-headers.ts';
import { exportCandidates, methodCandidates } from './unreferenced.ts';
import { WordCount } from './words.ts';
import { urlImports } from './detectors/url-imports.ts';

/** A parameter's mark right after a segment's text, ending the path (see `PARAM`). */
const PARAM_SUFFIX = new RegExp(`[^/?=&${PARAM}]${PARAM}[^${PARAM}]*${PARAM}$`);
/** A parameter right after the API's version (`/rest/api/2/${resource}`): the resource itself is what the callers name. */
const VERSION_PARAM = new RegExp(`/(?:\\d+(?:\\.\\d+)?|latest|v\\d+)/${PARAM}[^${PARAM}]*${PARAM}`);
/** The detectors run on every call, in this order. */
const DETECTORS: readonly Detector[] = [detectRestCall, detectHandedRoute, detectEgress, detectBaseUrl, detectSdkCall, detectStorage, detectLog, detectLogTransport, detectAccessLog, detectReporting, detectJobSchedule, detectQueuePush, detectInvoke, detectParamClientCall, detectRenderedView, detectHardCodedKey];

export interface FileInput {
  file: string;
  text: string;
  side: 'backend' | 'frontend';
  /** The file's line index, when the caller already has one. */
  lines?: LineIndex;
  /** Specifiers other than relative ones that name the app's own modules: tsconfig paths, workspace packages. */
  appModules?: readonly string[];
  /**
   * Whether a file nested too deeply for this thread's stack throws `NestedTooDeeply`, for the caller to
   * analyse it on a thread with a larger one; otherwise it is reported as a diagnostic.
   */
  rethrowTooDeep?: boolean;
  /**
   * The file is a Forge app's: Forge's legacy runtime gave functions `@forge/api` as the global `api`
   * (`api.asApp().requestJira(...)`, `api.fetch(...)` with no import), which a name the file binds hides.
   */
  forge?: boolean;
}

/** The file nests deeper than this thread's stack allows (see `rethrowTooDeep`). */
export class NestedTooDeeply extends Error {}

/** Parses one source file and collects its facts. Never throws on bad source: problems become diagnostics. */
/** The globals of Forge's legacy runtime: `api`, the default export of `@forge/api`. */
const FORGE_GLOBALS: ReadonlyMap<string, ImportBinding> = new Map([['api', { module: '@forge/api', imported: 'default' }]]);
const SETS_GLOBAL_API = /\b(?:global|globalThis)\s*(?:\.\s*api|\[\s*['"]api['"]\s*\])\s*=(?!=)/;

export function analyzeFile({ file, text, side, lines, appModules = [], rethrowTooDeep = false, forge = false }: FileInput): FileFacts {
  const facts: FileFacts = {
    file, side, lines: 0, bytes: text.length, restCalls: [], restBodies: [], egress: [], sdkCalls: [], sdkPending: [], sdkExports: [], storage: [], logs: [], personalData: [],
    reporting: [], imports: [], functions: [], exports: null, reexports: [], importBindings: [], handlerRefs: [], resolverRefs: [], invokes: [], resolverReturns: [], routes: [], argFlows: [], callArgs: [], paramRequests: [], replies: [], clientCalls: [], secrets: [], diagnostics: [], browser: false,
    constants: new Map(), deferred: [],
  };
  let parsed;
  try {
    parsed = parseModule(file, text, lines);
  } catch (error) {
    if (rethrowTooDeep && tooDeep(error)) throw new NestedTooDeeply(file);
    facts.diagnostics.push(tooDeep(error) ? {
      severity: 'warning', code: 'parse-error', file,
      message: `${file} is nested too deeply to read (an expression thousands of levels deep); none of its facts are read.`,
      hint: 'Generated code? Scan the sources it is built from, or add it to .gitignore.',
    } : parseDiagnostic(file, (error as Error).message, 1, 1));
    return facts;
  }
  const { module: mod, errors } = parsed;
  // A file that sets the global `api` itself (a test's mock: `global.api = { asApp: ... }`) calls what it set.
  if (forge && !SETS_GLOBAL_API.test(text)) mod.globals = FORGE_GLOBALS;
  if (forge) mod.forge = true;
  facts.lines = mod.lines.lineCount;
  if (errors.length > 0) {
    const first = errors[0]!;
    const ev = mod.lines.evidence(file, first.offset);
    facts.diagnostics.push(parseDiagnostic(file, first.message, ev.line, ev.column, errors.length));
  }

  // `'use client'` atop a module (Next.js, React Server Components): it runs in the browser.
  if (usesClient(mod.program.body)) facts.browser = true;
  const scope = new Scope(mod, appModules);
  const ctx: FileContext = {
    mod, scope, facts, fn: null,
    evidence: (node: Node) => mod.lines.evidence(file, evidenceOffset(node, mod.lines)),
    // Until the scan resolves them, carried kinds may include calls of the app's own functions (`Flow`).
    kindsOf: (nodes) => {
      const all = new Set<Flow>();
      for (const n of nodes) if (n) for (const k of scope.kinds(n)) all.add(k);
      return normaliseKinds(all) as DataKind[];
    },
    derive: (list, fact, kind, inputs, method = null) => {
      derive(fact, kind, inputs.map(settle));
      const index = facts[list].length - 1;
      // A method another module names (`{ method: ENDPOINTS.issue.method }`) is filled in with the path.
      const importedMethod = typeof method === 'string' && hasImported(method) && !hasParam(method) ? method : undefined;
      if (inputs.some(hasImported) || importedMethod) facts.deferred.push({ list, index, derive: kind, inputs, ...(importedMethod ? { method: importedMethod } : {}) });
      // A path, URL or key not known without the callers (`requestJira(assumeTrustedRoute(path))`) is filled in from them, and so
      // is a method only they name, for a URL they give part of (`http[method](path)`).
      const methodOnly = typeof method === 'string' && hasParam(method) && 'method' in fact && fact.method === null;
      // A request to the product's REST API by URL (`${JIRA_API}${path}`) needs its path, not only its host.
      const productUrl = list === 'egress' && 'url' in fact && productPath(fact.url) !== null;
      // A path a parameter ends (`route\`/rest/api/3/search${qs}\``): its callers tell whether they give a query or more of the path;
      // and one whose resource is a parameter (`/rest/api/2/${api}`): its callers name the resource.
      const suffix = list === 'restCalls' && inputs.some((i) => i !== null && (PARAM_SUFFIX.test(i) || VERSION_PARAM.test(i)));
      // A URL on a known host whose path a parameter gives (`fetch(`${BASE}${path}`)`): its callers name the path.
      const egressPath = list === 'egress' && 'url' in fact && fact.host !== null;
      // A product request whose method only the callers name (`send = (method) => requestJira(route\`/rest/api/3/issue\`, { method })`,
      // `requestJira(assumeTrustedRoute(path), { method: input.method })` in a fetch function handed to a library): the method
      // each caller gives, any method when none the scan sees does, the default GET only what it falls back on.
      const restMethod = list === 'restCalls' && typeof method === 'string' && hasParam(method);
      if (list !== 'sdkCalls' && !('vendor' in fact) && (restMethod || (inputs.some(hasParam) && (!isKnown(fact) || methodOnly || productUrl || suffix || egressPath)))) facts.paramRequests.push({ list, index, derive: kind, inputs, method });
    },
  };
  try {
    walkFile(ctx, DETECTORS);
    urlImports(ctx);
    applyDefaultHeaders(ctx);
    settleHelperAges(ctx);
    facts.constants = exportedConstants(mod.program, scope);
    collectSdkExports(ctx);
    const consoleSet = consoleSettings(ctx);
    if (Object.keys(consoleSet).length > 0) facts.consoleSet = consoleSet;
  } catch (error) {
    if (rethrowTooDeep && tooDeep(error)) throw new NestedTooDeeply(file);
    // A detector bug must not lose the file's other facts or the rest of the scan.
    const reason = tooDeep(error) ? 'an expression is nested too deeply (thousands of levels); facts after it may be missing' : (error as Error).message;
    facts.diagnostics.push({ severity: 'warning', code: 'parse-error', file, message: `${file} could not be fully analysed: ${reason}` });
  }

  const idle = [
    ...methodCandidates(mod.program, mod.words).map((m) => ({ ...m, exported: false })),
    ...exportCandidates(mod.program, mod.words).map((m) => ({ ...m, exported: true })),
  ];
  if (idle.length > 0) {
    facts.idleMethods = idle.map(({ name, node, exported }) => ({ name, line: mod.lines.lineOf(node.start), endLine: mod.lines.lineOf(node.end), ...(exported ? { exported } : {}) }));
  }
  const classCalls = onlyClassCalls(scope.classCalls, mod.words, mod.specifiers.map((s) => s.module));
  if (classCalls) facts.classCalls = classCalls;
  facts.callArgs = scope.callArgs;
  facts.replies = scope.replies.map(({ node, local }) => {
    const { line, column } = ctx.evidence(node);
    return local ? { line, column, local } : { line, column };
  });
  for (const s of mod.specifiers) facts.imports.push({ module: s.module, evidence: mod.lines.evidence(file, s.offset), ...(s.types ? { types: s.types } : {}) });
  for (const [local, b] of mod.imports) facts.importBindings.push({ local, module: b.module, imported: b.imported });
  const members = memberOnlyImports(mod);
  if (members) facts.memberImports = members;
  for (const stmt of mod.program.body as Node[]) {
    // `export * from './jira'` re-exports every name; `export * as jira from './jira'` the namespace under one name.
    if (stmt.type === 'ExportAllDeclaration' && stmt.source) facts.reexports.push({ name: (stmt.exported && propertyName(stmt.exported)) || '*', module: stmt.source.value, imported: '*' });
    if (stmt.type === 'ExportNamedDeclaration' && stmt.source) {
      for (const s of stmt.specifiers as Node[]) facts.reexports.push({ name: propertyName(s.exported) ?? '', module: stmt.source.value, imported: propertyName(s.local) ?? '' });
    }
  }
  // `import { run } from './run'; export { run as handler }` (or `export const handler = run`): a re-export under another name.
  for (const [local, names] of collectExports(mod.program)) {
    const b = mod.imports.get(local);
    if (b?.module.startsWith('.') && b.imported !== '*') for (const name of names) if (name !== local) facts.reexports.push({ name, module: b.module, imported: b.imported });
  }
  return facts;
}

/** A call whose chain spans lines is shown at the line of its last member (`.requestJira(`), not at the chain's first word. */
function evidenceOffset(node: Node, lines: LineIndex): number {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return node.start;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return node.start;
  const at = callee.property.start as number;
  return lines.lineOf(at) === lines.lineOf(node.start) ? node.start : at;
}

/** The engine's stack ran out: the code nests deeper than any hand-written code does. */
function tooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Whether a module's directive prologue holds `'use client'`. */
function usesClient(body: Node[]): boolean {
  for (const statement of body) {
    if (typeof statement.directive !== 'string') return false;
    if (statement.directive === 'use client') return true;
  }
  return false;
}

function parseDiagnostic(file: string, message: string, line: number, column: number, count = 1): Diagnostic {
  return {
    severity: 'warning', code: 'parse-error', file, line, column,
    message: `${file}:${line}:${column} does not parse: ${message}${count > 1 ? ` (and ${count - 1} more)` : ''}; facts from the rest of the file are kept.`,
    hint: 'Fix the syntax error, or add the file to .gitignore if it is not part of the app.',
  };
}

/**
 * The methods a file calls on objects whose class the scan knows (`issues.sync()`), by the method's name, when the file
 * writes that name nowhere else but in the modules it imports (see `FileFacts.classCalls`).
 */
function onlyClassCalls(calls: ReadonlyMap<string, ReadonlyMap<number, string>>, words: WordCount, specifiers: readonly string[]): Record<string, string[]> | undefined {
  let out: Record<string, string[]> | undefined;
  // `require('../lib/linear-sync')` names a module, no method.
  const inSpecifiers = new WordCount(specifiers.join('\n'));
  for (const [name, sites] of calls) {
    if (words.count(name) - inSpecifiers.count(name) === sites.size) (out ??= {})[name] = [...new Set(sites.values())];
  }
  return out;
}
