import type { EgressCall, Evidence, RestCall, StorageOp } from './facts.ts';
import type { FillImported } from './constants.ts';
import type { CallGraph } from './link.ts';
import type { CallStep, ResolvedFlows } from './flows/flows.ts';
import { derive, isKnown } from './source/derive.ts';
import { methodOfText } from './source/detectors/rest-calls.ts';
import { productPath } from './product-requests.ts';
import type { ArgFlow, FileFacts, ParamRequest } from './source/file-facts.ts';
import { LOCAL } from './source/flow.ts';
import { HOLE, PARAM, hasParam, settle } from './source/string-marks.ts';

const MARK = new RegExp(`${PARAM}([^${PARAM}]*):(\\d+)(\\.[^${PARAM}.]+)?${PARAM}`, 'g');
const MAX_DEPTH = 6;
/** Stands for `PARAM` around the marks of a function not being filled in yet. */
const KEPT = '\u0004';
const MAX_VARIANTS = 500;

type Fact = RestCall | EgressCall | StorageOp;
export interface Site {
  file: FileFacts;
  flow: ArgFlow;
}

/** The function of the app a call names (`#jiraAccess>request`, `./client#makeClient>get`), as `file#fn`, `file#jiraAccess>request`; null when none. */
export function calleeKey(graph: CallGraph, file: FileFacts, callee: string): string | null {
  // A function the target declares or returns, named after it.
  const at = callee.indexOf(LOCAL);
  let to = graph.target(file, at < 0 ? callee : callee.slice(0, at));
  let local = at < 0 ? '' : callee.slice(at);
  // `createService().get(path)` with `createService` returning `new JiraService(...)`: the class's method.
  if (to && local && to.fn.builds) {
    to = graph.target(to.file, `${to.fn.builds}.${local.slice(LOCAL.length)}`);
    local = '';
  }
  return to ? `${to.file.file}#${to.fn.name}${local}` : null;
}

/** `callersOf` the scan's files, worked out once on first use: the links that read it leave the files' `argFlows` as they are. */
export type Callers = () => ReadonlyMap<string, Site[]>;

/** The calls of each function of the app that give strings, by `file#fn` (`file#jiraAccess>request` for one it declares or returns). */
export function callersOf(files: readonly FileFacts[], graph: CallGraph): Map<string, Site[]> {
  const callers = new Map<string, Site[]>();
  for (const file of files) {
    for (const flow of file.argFlows) {
      const key = flow.onlyKinds ? null : calleeKey(graph, file, flow.callee);
      if (key === null) continue;
      const list = callers.get(key);
      if (list) list.push({ file, flow });
      else callers.set(key, [{ file, flow }]);
    }
  }
  return callers;
}
/** A fact's evaluated strings (and method) as one caller makes them, with where that caller names them. */
interface Variant {
  texts: Array<string | null>;
  evidence: Evidence | null;
  /**
   * The calls this variant comes through, the fact's own function's first: each function's name, the calling file and
   * what flows into each argument.
   */
  chain?: CallStep[];
  /** The method is a parameter no caller the scan sees names (`resolver(endpoint, method)` kept from unseen callers): open, not GET. */
  open?: true;
}

/**
 * Fills in requests and storage operations whose path, URL, key or statement is a parameter of their
 * function (`jiraGet(path)`, `callApi(endpoint)`, `save(key, value)`) with what each caller passes,
 * through wrappers of wrappers: one fact per distinct caller, shown where the caller names it, with
 * the helper's own call as `via`.
 */
export function resolveParamRequests(files: FileFacts[], graph: CallGraph, fill: FillImported, callersOfApp: Callers, resolved: ResolvedFlows | null = null): void {
  if (!files.some((f) => f.paramRequests.length > 0)) return;
  const callers = callersOfApp();
  const unknown = (texts: Array<string | null>): Variant[] => [{ texts: texts.map(settle), evidence: null, ...(hasParam(texts.at(-1) ?? null) ? { open: true as const } : {}) }];

  const expand = (file: FileFacts, texts: Array<string | null>, methodArg: number | null, depth: number, seen: Set<string>): Variant[] => {
    const fn = markedFunction(texts);
    const key = `${file.file}#${fn}`;
    const sites = fn === null ? undefined : callers.get(key);
    if (!sites || depth > MAX_DEPTH || seen.has(key)) return unknown(texts);
    const defaults = file.functions.find((f) => f.name === fn)?.defaults;
    seen.add(key);
    const at = texts[0]?.indexOf(PARAM) ?? -1;
    const out: Variant[] = [];
    for (const { file: caller, flow } of sites) {
      // A caller's value is read in the caller's module: its imported constants are filled in there.
      const given = (value: string | null | undefined): string | null => (value == null ? null : fill(caller.file, value));
      // `member`: `.method` of an options parameter, or another property of a destructured one (`.requestUrl`).
      const valueAt = (i: number, member: string | undefined): string => (member
        ? given(member === '.method' ? flow.methods?.[i] : flow.props?.[i]?.[member.slice(1)]) ?? defaults?.[`${i}${member}`] ?? passedOn(flow.values?.[i], member) ?? HOLE
        : i < flow.args.length ? given(flow.values?.[i]) ?? HOLE : defaults?.[i] ?? HOLE);
      const next = texts.map((t) => t && t.replace(MARK, (_, name: string, i: string, member?: string) => (name === fn ? valueAt(Number(i), member) : HOLE)));
      if (methodArg !== null) next[next.length - 1] = given(flow.methods?.[methodArg]);
      // A function that calls itself with its own parameter (paging) adds no value of its own.
      if (caller === file && markedFunction(next) === fn) continue;
      // The caller that gives the first string its beginning (or what follows a constant base, `${BASE}${path}`) is the one
      // that names it; further callers may only fill in holes.
      const names = next[0] != null && (at < 0 || next[0][pathAt(texts[0]!, next[0], at)] !== PARAM);
      for (const v of expand(caller, next, null, depth + 1, seen)) {
        out.push({ texts: v.texts, evidence: (names ? flow.evidence : v.evidence ?? flow.evidence) ?? null, ...(fn !== null ? { chain: [{ fn, caller, call: flow }, ...(v.chain ?? [])] } : {}), ...(v.open ? { open: v.open } : {}) });
      }
      if (out.length >= MAX_VARIANTS) {
        // More callers than are worth listing: the rest stay unresolved rather than silently dropped.
        out.push(...unknown(texts));
        break;
      }
    }
    seen.delete(key);
    return out;
  };

  /**
   * The marks of each function of the fact's own file in turn, the others kept meanwhile: a factory's parameter and its
   * closure's (`createClient(base)` returning `{ get: (p) => fetch(base + p) }`) come from different calls. The last call
   * to complete the strings names the fact; an options parameter's method is the innermost function's.
   */
  const expandAll = (file: FileFacts, texts: Array<string | null>, methodArg: number | null): Variant[] => {
    const fns = markedFunctions(texts);
    if (fns.length <= 1) return expand(file, texts, methodArg, 0, new Set());
    let found: Variant[] = [{ texts, evidence: null }];
    fns.forEach((fn, i) => {
      const next: Variant[] = [];
      for (const v of found) {
        const kept = v.texts.map((t) => t && t.replace(MARK, (mark, name: string) => (name === fn ? mark : mark.replaceAll(PARAM, KEPT))));
        for (const w of expand(file, kept, i === fns.length - 1 ? methodArg : null, 0, new Set())) {
          next.push({ texts: w.texts.map((t) => t && t.replaceAll(KEPT, PARAM)), evidence: w.evidence ?? v.evidence, ...(w.open ?? v.open ? { open: true as const } : {}) });
        }
        if (next.length >= MAX_VARIANTS) break;
      }
      found = next;
    });
    return found;
  };

  for (const file of files) {
    if (file.paramRequests.length === 0) continue;
    const replaced = { restCalls: new Map<number, Fact[]>(), egress: new Map<number, Fact[]>(), storage: new Map<number, Fact[]>() };
    for (const req of file.paramRequests) {
      const fact = file[req.list][req.index];
      if (!fact) continue;
      const texts = [...req.inputs.map((t) => (t === null ? null : fill(file.file, t))), typeof req.method === 'string' ? fill(file.file, req.method) : null];
      replaced[req.list].set(req.index, variants(fact, req, expandAll(file, texts, typeof req.method === 'number' ? req.method : null), resolved));
    }
    file.restCalls = file.restCalls.flatMap((c, i) => (replaced.restCalls.get(i) as RestCall[] | undefined) ?? [c]);
    file.egress = file.egress.flatMap((c, i) => (replaced.egress.get(i) as EgressCall[] | undefined) ?? [c]);
    file.storage = file.storage.flatMap((c, i) => (replaced.storage.get(i) as StorageOp[] | undefined) ?? [c]);
  }
}

/**
 * A caller that hands on its own parameter whole gives a field of it what its own callers give that field: `super(config)`
 * of a subclass's constructor (`ApiClient.constructor:0.baseUrl` becomes `JiraClient.constructor:0.baseUrl`), a wrapper's
 * `perform(token, request)` (`perform:1.path` becomes `send:1.path`).
 */
function passedOn(value: string | null | undefined, member: string): string | null {
  return value && WHOLE_PARAM.test(value) ? `${value.slice(0, -1)}${member}${PARAM}` : null;
}

/**
 * Where the first string's path begins as a caller fills it in: past its constant base, and past a base read off an object
 * the caller hands on whole when the helper's path follows (`${site.baseUrl}${path}` with `report(site)` calling
 * `jira(site, '/app/report-accounts/')`): its own callers give the base, but this one names the path.
 */
function pathAt(text: string, filled: string, at: number): number {
  let from = at;
  let to = at;
  for (;;) {
    FIELD_MARK.lastIndex = from;
    const base = FIELD_MARK.exec(text);
    if (!base || text[from + base[0].length] !== PARAM) return to;
    FIELD_MARK.lastIndex = to;
    const handed = FIELD_MARK.exec(filled);
    if (!handed) return to;
    from += base[0].length;
    to += handed[0].length;
  }
}
const FIELD_MARK = new RegExp(`${PARAM}[^${PARAM}]*:\\d+\\.[^${PARAM}.]+${PARAM}`, 'y');

/** The field of what front ends send a caller passes as the key, when the key is that parameter whole (`kvs.set(key, ...)`). */
function sentArg(req: ParamRequest, call: ArgFlow): string | null {
  const whole = req.inputs[0] ? WHOLE_PARAM.exec(req.inputs[0]) : null;
  const sent = whole ? call.sent?.[Number(whole[1])] : null;
  // A resolver function's own name only: a module function handed the request names its file's, not the helper's.
  return sent?.startsWith('invoke:') ? sent : null;
}
const WHOLE_PARAM = new RegExp(`^${PARAM}[^${PARAM}]*:(\\d+)${PARAM}$`);

/** The functions whose parameters the strings hold, in the order they come. */
function markedFunctions(texts: Array<string | null>): string[] {
  const out = new Set<string>();
  for (const t of texts) if (t) for (const m of t.matchAll(MARK)) out.add(m[1]!);
  return [...out];
}

function markedFunction(texts: Array<string | null>): string | null {
  for (const t of texts) {
    MARK.lastIndex = 0;
    const m = t ? MARK.exec(t) : null;
    // `matchAll` starts where the last `exec` left the shared expression.
    MARK.lastIndex = 0;
    if (m) return m[1]!;
  }
  return null;
}

/** The fact once per caller that makes it known, shown at that caller; the fact as it was when none does. */
function variants(fact: Fact, req: ParamRequest, found: Variant[], flows: ResolvedFlows | null): Fact[] {
  const out = new Map<string, Fact>();
  for (const v of found) {
    const first = v.chain?.[0];
    if (req.through !== undefined && first && !first.call.clients?.[req.through]) continue;
    const copy = { ...fact };
    // A write stores, a request sends, what this caller gives the helper.
    const carried = req.list !== 'restCalls' && v.chain && flows ? flows.carriedBy(fact as StorageOp | EgressCall, v.chain) : null;
    if (carried) (copy as StorageOp | EgressCall).carries = carried;
    derive(copy, req.derive, v.texts.slice(0, -1).map(settle));
    const method = v.texts[v.texts.length - 1];
    const named = method ? methodOfText(settle(method)!) : null;
    if ('method' in copy && named) copy.method = named;
    const open = req.list === 'restCalls' && v.open && named === null;
    // Not known from this caller: the fact as the helper makes it, with the caller's method when it gives one.
    // A URL on a site not known before run time is known enough once its path is the product's REST API.
    const known = isKnown(copy) || ('url' in copy && productPath(copy.url) !== null);
    // `put(req.payload.key, value)` for `kvs.set(key, value)`: the key is what the front ends send in that field, read later.
    const sent = !known && req.list === 'storage' && v.chain?.length === 1 && first ? sentArg(req, first.call) : null;
    const resolved: Fact = sent && v.evidence ? { ...copy, evidence: v.evidence, via: fact.evidence, sentFrom: sent } as StorageOp
      : known && v.evidence ? { ...copy, evidence: v.evidence, via: fact.evidence } : { ...fact };
    // Who the request acts as, when a parameter chooses it, is what this caller gives (see `settlePrincipals`).
    if (known && v.evidence && first && 'choice' in resolved && resolved.choice) resolved.choice = { ...resolved.choice, by: first.call };
    if ('method' in resolved && 'method' in copy) resolved.method = copy.method as never;
    if (open) (resolved as RestCall).openMethod = true;
    const what = 'path' in resolved ? `${resolved.method} ${resolved.path}` : 'host' in resolved ? `${resolved.method} ${resolved.url}` : `${resolved.op} ${resolved.key}`;
    out.set(`${what} ${resolved.evidence.file}:${resolved.evidence.line}`, resolved);
  }
  return [...out.values()];
}
