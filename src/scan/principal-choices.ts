import type { PrincipalChoice, RestCall } from './facts.ts';
import type { FillImported } from './constants.ts';
import type { CallGraph } from './link.ts';
import { calleeKey, type Callers, type Site } from './param-requests.ts';
import type { ArgFlow, FileFacts, FunctionInfo } from './source/file-facts.ts';
import { HOLE, PARAM, hasImported } from './source/string-marks.ts';

/** `fn:index` or `fn:index.field` inside a parameter's mark. */
const MARK = /^(.*):(\d+)(?:\.([\w$]+))?$/;

/**
 * A request as the user or as the app, chosen by a parameter (`(useApp ? api.asApp() : api.asUser()).requestJira(...)`), is
 * made as one call each; when every caller of the function gives that parameter a value known here (`true`, `'app'`, a
 * default, none), only the calls as those callers choose are kept.
 */
export function settlePrincipals(files: readonly FileFacts[], graph: CallGraph, fill: FillImported, handlers: ReadonlySet<string>, callersOfApp: Callers): void {
  if (!files.some((f) => f.restCalls.some((c) => c.choice))) return;
  const callers = callersOfApp();
  const bare = bareCallees(files, graph);
  for (const file of files) {
    if (!file.restCalls.some((c) => c.choice)) continue;
    const dropped = new Set<RestCall>();
    for (const call of file.restCalls) {
      if (!call.choice) continue;
      const chosen = chosenBy(file, call.choice, callers, bare, fill, handlers);
      delete call.choice;
      if (chosen !== null && !chosen.has(call.auth)) dropped.add(call);
    }
    if (dropped.size === 0) continue;
    file.restCalls = file.restCalls.filter((c) => !dropped.has(c));
    file.restBodies = file.restBodies.filter((b) => !dropped.has(b.call));
  }
}

/** The functions called with no arguments somewhere (`jiraAccess()`), as `file#fn`: there every parameter takes its default. */
export function bareCallees(files: readonly FileFacts[], graph: CallGraph): Set<string> {
  const bare = new Set<string>();
  for (const file of files) for (const callee of file.bareCalls ?? []) bare.add(calleeKey(graph, file, callee) ?? '');
  return bare;
}

/** The principals the callers choose, or null when one of them gives a value not known here. */
function chosenBy(file: FileFacts, choice: PrincipalChoice, callers: ReadonlyMap<string, Site[]>, bare: ReadonlySet<string>, fill: FillImported, handlers: ReadonlySet<string>): Set<RestCall['auth']> | null {
  const [, fn = ''] = MARK.exec(choice.param.slice(1, -1)) ?? [];
  const key = `${file.file}#${fn}`;
  const all = callers.get(key) ?? [];
  const info = file.functions.find((f) => f.name === fn);
  // A handler is also called by the platform or a registrar, with what it sends; a function passed as a value, by whoever gets it.
  if ((all.length === 0 && !bare.has(key)) || choice.passed || (info && handlers.has(`${file.file}#${info.exports[0] ?? `#${info.name}`}`))) return null;
  // A request made once per caller: the principal that caller chooses.
  const own = choice.by ? all.find((s) => s.flow === choice.by) : undefined;
  const sites = own ? [own] : all;
  const out = new Set<RestCall['auth']>();
  const none: Site = { file, flow: { callee: fn, args: [] } };
  for (const { file: caller, flow } of bare.has(key) && !own ? [...sites, none] : sites) {
    const picked = pickedBy(choice, info, caller, flow, fill);
    if (picked === null) return null;
    out.add(picked);
  }
  return out;
}

/** The principal one call of the function picks by the argument the choice reads; null when it gives a value not known here. */
export function pickedBy(choice: PrincipalChoice, info: FunctionInfo | undefined, caller: FileFacts, flow: Pick<ArgFlow, 'args' | 'values' | 'flags' | 'props' | 'spread'>, fill: FillImported): 'asApp' | 'asUser' | null {
  const [, , index = '', field] = MARK.exec(choice.param.slice(1, -1)) ?? [];
  const at = Number(index);
  const absent = at >= flow.args.length;
  if (absent && flow.spread) return null;
  // Left out: the default, else `undefined`; a field, only as an object literal names it.
  const given = field === undefined ? `${at}` : `${at}.${field}`;
  let value = absent ? info?.defaults?.[given] ?? '' : field === undefined ? flow.values?.[at] ?? null : flow.props?.[at]?.[field] ?? null;
  if (value !== null) value = fill(caller.file, value);
  if (value === null || value.includes(HOLE) || value.includes(PARAM) || hasImported(value)) return null;
  // `false` and `0` as written are falsy; the strings `'false'` and `'0'` are not.
  const flag = absent ? info?.flagDefaults?.includes(given) === true : flow.flags?.includes(given) === true;
  const test = choice.equals !== undefined ? value === choice.equals : value !== '' && !(flag && (value === 'false' || value === '0'));
  return test !== (choice.negate === true) ? choice.onTrue : choice.onTrue === 'asApp' ? 'asUser' : 'asApp';
}
