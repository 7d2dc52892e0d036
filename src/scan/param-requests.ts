import type { EgressCall, Evidence, RestCall, StorageOp } from './facts.ts';
import type { CallGraph } from './link.ts';
import { hostOf } from './source/detectors/egress.ts';
import { methodOfText, pathOfText, productOfPath } from './source/detectors/rest-calls.ts';
import { clean, sqlStatement } from './source/detectors/storage.ts';
import type { ArgFlow, FileFacts } from './source/file-facts.ts';
import { HOLE, PARAM, withBraces, withoutParams } from './source/scope.ts';

const MARK = new RegExp(`${PARAM}([^${PARAM}]*):(\\d+)(\\.method)?${PARAM}`, 'g');
const MAX_DEPTH = 6;
const MAX_VARIANTS = 500;

interface Site {
  file: FileFacts;
  flow: ArgFlow;
}
/** A request's path (or URL) and method as one caller makes them, with where that caller names them. */
interface Variant {
  texts: Array<string | null>;
  evidence: Evidence | null;
}

/**
 * Fills in requests whose path or URL is a parameter of their function (`jiraGet(path)`,
 * `callApi(endpoint)`) with what each caller passes, through wrappers of wrappers: one request per
 * distinct call, shown where the caller names it, with the request itself as `via`.
 */
export function resolveParamRequests(files: FileFacts[], graph: CallGraph): void {
  if (!files.some((f) => f.paramRequests.length > 0)) return;
  const callers = new Map<string, Site[]>();
  for (const file of files) {
    for (const flow of file.argFlows) {
      const to = graph.target(file, flow.callee);
      if (!to) continue;
      const key = `${to.file.file}#${to.fn.name}`;
      const list = callers.get(key);
      if (list) list.push({ file, flow });
      else callers.set(key, [{ file, flow }]);
    }
  }

  const expand = (file: FileFacts, texts: Array<string | null>, methodArg: number | null, depth: number, seen: Set<string>): Variant[] => {
    const fn = markedFunction(texts);
    const key = `${file.file}#${fn}`;
    const sites = fn === null ? undefined : callers.get(key);
    if (!sites || depth > MAX_DEPTH || seen.has(key)) return [{ texts: texts.map((t) => t && withoutParams(t)), evidence: null }];
    const defaults = file.functions.find((f) => f.name === fn)?.defaults;
    seen.add(key);
    const out: Variant[] = [];
    for (const { file: caller, flow } of sites) {
      const valueAt = (i: number, method: string | undefined): string => method
        ? flow.methods?.[i] ?? defaults?.[`${i}.method`] ?? HOLE
        : i < flow.args.length ? flow.values?.[i] ?? HOLE : defaults?.[i] ?? HOLE;
      const next = texts.map((t) => t && t.replace(MARK, (_, name: string, i: string, method?: string) => name === fn ? valueAt(Number(i), method) : HOLE));
      if (methodArg !== null) next[1] = flow.methods?.[methodArg] ?? null;
      // A function that calls itself with its own parameter (paging) adds no value of its own.
      if (caller === file && markedFunction(next) === fn) continue;
      // The caller that gives the path its beginning is the one that names it; further callers may only fill in holes.
      const names = next[0] !== null && !next[0].startsWith(PARAM);
      for (const v of expand(caller, next, null, depth + 1, seen)) out.push({ texts: v.texts, evidence: (names ? flow.evidence : v.evidence ?? flow.evidence) ?? null });
      if (out.length >= MAX_VARIANTS) {
        // More callers than are worth listing: the rest stay unresolved rather than silently dropped.
        out.push({ texts: texts.map((t) => t && withoutParams(t)), evidence: null });
        break;
      }
    }
    seen.delete(key);
    return out;
  };

  for (const file of files) {
    if (file.paramRequests.length === 0) continue;
    const rest = new Map<number, RestCall[]>();
    const egress = new Map<number, EgressCall[]>();
    const storage = new Map<number, StorageOp[]>();
    for (const req of file.paramRequests) {
      const variants = expand(file, [req.text, typeof req.method === 'string' ? req.method : null], typeof req.method === 'number' ? req.method : null, 0, new Set());
      if (req.kind === 'rest') rest.set(req.index, restCalls(file.restCalls[req.index]!, variants));
      else if (req.kind === 'egress') egress.set(req.index, egressCalls(file.egress[req.index]!, variants));
      else storage.set(req.index, storageOps(file.storage[req.index]!, variants));
    }
    file.restCalls = file.restCalls.flatMap((c, i) => rest.get(i) ?? [c]);
    file.egress = file.egress.flatMap((c, i) => egress.get(i) ?? [c]);
    file.storage = file.storage.flatMap((op, i) => storage.get(i) ?? [op]);
  }
}

function markedFunction(texts: Array<string | null>): string | null {
  for (const t of texts) {
    MARK.lastIndex = 0;
    const m = t ? MARK.exec(t) : null;
    if (m) return m[1]!;
  }
  return null;
}

function restCalls(call: RestCall, variants: Variant[]): RestCall[] {
  const out = new Map<string, RestCall>();
  for (const v of variants) {
    const path = v.texts[0] ? pathOfText(v.texts[0]) : null;
    const method = (v.texts[1] ? methodOfText(v.texts[1]) : null) ?? call.method;
    const product = call.product === 'unknown' ? productOfPath(path) : call.product;
    const resolved: RestCall = path && v.evidence ? { ...call, product, method, path, evidence: v.evidence, via: call.evidence } : { ...call, method };
    out.set(`${resolved.method} ${resolved.path} ${resolved.evidence.file}:${resolved.evidence.line}`, resolved);
  }
  return [...out.values()];
}

function egressCalls(call: EgressCall, variants: Variant[]): EgressCall[] {
  const out = new Map<string, EgressCall>();
  for (const v of variants) {
    const url = v.texts[0];
    const host = url ? hostOf(url) : null;
    const method = (v.texts[1] ? methodOfText(v.texts[1]) : null) ?? call.method;
    const resolved: EgressCall = url && host && v.evidence ? { ...call, method, url: withBraces(url), host, evidence: v.evidence, via: call.evidence } : { ...call, method };
    out.set(`${resolved.url} ${resolved.evidence.file}:${resolved.evidence.line}`, resolved);
  }
  return [...out.values()];
}

function storageOps(op: StorageOp, variants: Variant[]): StorageOp[] {
  const out = new Map<string, StorageOp>();
  for (const v of variants) {
    const text = v.texts[0] ? withoutParams(v.texts[0]) : null;
    const statement = op.backend === 'sql' && text !== null ? sqlStatement(text) : null;
    const key = statement ? statement.table : clean(text);
    const kind = statement?.op ?? op.op;
    const resolved: StorageOp = key && v.evidence ? { ...op, op: kind, key, carries: kind === 'write' ? op.carries : [], evidence: v.evidence, via: op.evidence } : op;
    out.set(`${resolved.op} ${resolved.key} ${resolved.evidence.file}:${resolved.evidence.line}`, resolved);
  }
  return [...out.values()];
}
