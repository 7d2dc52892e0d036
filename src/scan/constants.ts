import { within, type CallGraph } from './link.ts';
import { derive } from './source/derive.ts';
import type { FileFacts } from './source/file-facts.ts';
import { methodOfText } from './source/detectors/rest-calls.ts';
import { MODEL_REGISTRY, MODEL_SUFFIX } from './source/detectors/models.ts';
import { CHOICE, CHOICES, HOLE, IMPORTED, ORIGIN, REQUEST_URL, importedMark, settle } from './source/string-marks.ts';
import type { EgressCall, RestCall, StorageOp } from './facts.ts';
import type { Deferred } from './source/file-facts.ts';

const ONLY_IMPORTED = new RegExp(`^${IMPORTED.source}$`);
const REGISTRY_MEMBER = new RegExp(`^(?:default\\.)?([\\w$]+)${MODEL_SUFFIX}$`);
const MAX_DEPTH = 20;
/** Where a name read from a module splits: before a member (`.issue`) or the mark of what it holds (`@model`). */
function lastSplit(name: string, from: number): number {
  return Math.max(name.lastIndexOf('.', from), name.lastIndexOf('@', from));
}
/** A URL's scheme and host, when both are known. */
const ORIGIN_OF = new RegExp(`^[a-z][a-z0-9+.-]*://[^/${HOLE}]+`, 'i');

/**
 * Fills in the values the files' REST paths, egress URLs and storage keys import from the app's other
 * modules (`import { API_BASE } from './constants'`, `require('./config').API_URL`), following
 * re-exports and constants built from other imported constants, and derives those facts again. What
 * is not an exported constant string (an environment variable, a reassigned `let`, a computed value)
 * stays a hole, and a cycle of imports too.
 */
export function resolveImportedConstants(files: FileFacts[], graph: CallGraph): FillImported {
  const memo = new Map<string, string>();
  const active = new Set<string>();

  const fill = (from: string, value: string, depth: number): string =>
    value.replace(IMPORTED, (_, ref: string) => {
      const at = ref.indexOf('#');
      if (!ref.endsWith(ORIGIN)) return imported(from, ref.slice(0, at), ref.slice(at + 1), depth + 1);
      const url = imported(from, ref.slice(0, at), ref.slice(at + 1, -ORIGIN.length), depth + 1);
      return ORIGIN_OF.exec(url)?.[0] ?? HOLE;
    });

  const imported = (from: string, specifier: string, name: string, depth: number): string => {
    const target = graph.resolveModule(from, specifier);
    return target ? exported(target, name, depth) : HOLE;
  };

  /** What `file` exports under `name` (`API_BASE`, `ENDPOINTS.issue`, `default.baseUrl`, `issueKey()`). */
  const exported = (file: string, name: string, depth: number): string => {
    const key = `${file}#${name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (active.has(key) || depth > MAX_DEPTH) return HOLE;
    active.add(key);
    const value = lookup(file, name, depth);
    active.delete(key);
    memo.set(key, value);
    return value;
  };

  const lookup = (file: string, name: string, depth: number): string => {
    const facts = graph.file(file);
    if (!facts) return HOLE;
    if (name.endsWith(REQUEST_URL)) {
      const call = name.slice(0, -REQUEST_URL.length);
      for (const target of [`${call}.url`, `${call}.uri`, call]) {
        const value = exported(file, target, depth + 1);
        if (value !== HOLE) return value;
      }
      return HOLE;
    }
    const own = facts.constants.get(name);
    if (own !== undefined) return fill(file, own, depth);
    // A member of a module gathering the app's models by name (`db.User`): the model of that name.
    const member = facts.constants.has(MODEL_REGISTRY) ? REGISTRY_MEMBER.exec(name)?.[1] : undefined;
    if (member !== undefined) return member;
    // `export { ENDPOINTS }` of an imported object, read as `ENDPOINTS.issue`; an imported model or client handed on
    // (`import User from './user'; module.exports = { User }`), read as `User@model`.
    for (let at = lastSplit(name, name.length); at > 0; at = lastSplit(name, at - 1)) {
      const alias = facts.constants.get(name.slice(0, at));
      const ref = alias === undefined ? null : ONLY_IMPORTED.exec(alias)?.[1];
      if (ref) return fill(file, importedMark(`${ref}${name.slice(at)}`), depth);
    }
    const head = /^[^.(@]*/.exec(name)![0];
    for (const re of facts.reexports) {
      const inner = re.name === head ? within(re.imported, name.slice(head.length)) : null;
      if (inner !== null) return imported(file, re.module, inner, depth + 1);
    }
    for (const re of facts.reexports) {
      if (re.name !== '*') continue;
      const value = imported(file, re.module, name, depth + 1);
      if (value !== HOLE) return value;
    }
    // A default import of a module without a default export is the module itself (CommonJS interop).
    if (name.startsWith('default.')) return exported(file, name.slice(8), depth + 1);
    return HOLE;
  };

  /** The constant strings an imported function's call may give (`./event-type#eventType()`), two at least; else null. */
  const choices = (from: string, ref: string): string[] | null => {
    if (!ref.endsWith('()')) return null;
    const at = ref.indexOf('#');
    const joined = imported(from, ref.slice(0, at), `${ref.slice(at + 1)}${CHOICES}`, 0);
    return joined.includes(CHOICE) ? joined.split(CHOICE) : null;
  };

  for (const file of files) if (file.deferred.length > 0) splitChoices(file, choices);
  for (const file of files) {
    for (const d of file.deferred) {
      const fact = file[d.list][d.index];
      if (!fact) continue;
      derive(fact, d.derive, d.inputs.map((input) => input === null ? null : settle(fill(file.file, input, 0))));
      const method = typeof d.method === 'string' ? methodOfText(settle(fill(file.file, d.method, 0))!) : null;
      if (method && 'method' in fact) fact.method = method;
    }
  }
  return (from, value) => fill(from, value, 0);
}

/** Fills in the imported values of an evaluated string, as seen from the file `from`. */
export type FillImported = (from: string, value: string) => string;

const MAX_VARIANTS = 4;
type Fact = RestCall | EgressCall | StorageOp;

/**
 * A fact whose path, URL or key has the call of another module's function that returns one of a few constants
 * (`route\`/jira/${eventType(kind)}/0.1/cloud/${cloudId}/bulk\``): one fact per constant, right after each other, each with
 * its own strings to derive, so each request is the operation it is. What names the facts by place follows them.
 */
function splitChoices(file: FileFacts, choices: (from: string, ref: string) => string[] | null): void {
  // By `list:index`: the constants each fact becomes, each as what its marks are replaced by.
  const plans = new Map<string, Array<Map<string, string>>>();
  for (const d of file.deferred) {
    const marks = new Map<string, string[]>();
    for (const text of [...d.inputs, typeof d.method === 'string' ? d.method : null]) {
      for (const m of text?.matchAll(IMPORTED) ?? []) {
        const values = marks.has(m[0]) ? null : choices(file.file, m[1]!);
        if (values) marks.set(m[0], values);
      }
    }
    let combos: Array<Map<string, string>> = [new Map()];
    for (const [mark, values] of marks) combos = combos.flatMap((c) => values.map((v) => new Map([...c, [mark, v]])));
    if (marks.size > 0 && combos.length <= MAX_VARIANTS && !plans.has(`${d.list}:${d.index}`)) plans.set(`${d.list}:${d.index}`, combos);
  }
  if (plans.size === 0) return;
  const position = new Map<string, number[]>();
  const copies = new Map<RestCall, RestCall[]>();
  for (const list of ['restCalls', 'egress', 'storage'] as const) {
    const next: Fact[] = [];
    (file[list] as Fact[]).forEach((fact, i) => {
      const at: number[] = [];
      for (let k = 0; k < (plans.get(`${list}:${i}`)?.length ?? 1); k++) {
        at.push(next.length);
        next.push(k === 0 ? fact : structuredClone(fact));
      }
      position.set(`${list}:${i}`, at);
      if (list === 'restCalls' && at.length > 1) copies.set(fact as RestCall, at.slice(1).map((n) => next[n] as RestCall));
    });
    (file[list] as Fact[]) = next;
  }
  const put = (text: string | null, combo: Map<string, string>): string | null => text && text.replace(IMPORTED, (mark) => combo.get(mark) ?? mark);
  const withStrings = <T extends Deferred>(e: T, combo: Map<string, string>): T =>
    ({ ...e, inputs: e.inputs.map((t) => put(t, combo)), ...(typeof e.method === 'string' ? { method: put(e.method, combo) } : {}) });
  // Each entry that names a fact by place, once per fact it became (with that fact's constants in its strings).
  const spread = <T extends { index: number }>(entries: T[], list: Deferred['list'], strings?: (entry: T, combo: Map<string, string>) => T): T[] =>
    entries.flatMap((e) => {
      const plan = plans.get(`${list}:${e.index}`);
      return (position.get(`${list}:${e.index}`) ?? [e.index]).map((index, k) => ({ ...(plan && strings ? strings(e, plan[k]!) : e), index }));
    });
  file.deferred = file.deferred.flatMap((d) => spread([d], d.list, withStrings));
  file.paramRequests = file.paramRequests.flatMap((r) => spread([r], r.list, withStrings));
  file.clientCalls = spread(file.clientCalls, 'restCalls');
  if (file.sentKeys) file.sentKeys = spread(file.sentKeys, 'storage');
  file.restBodies = file.restBodies.flatMap((b) => [b, ...(copies.get(b.call) ?? []).map((call) => ({ ...b, call }))]);
}
