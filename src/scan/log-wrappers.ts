import { END_USER_DATA, type DataKind, type LogCall } from './facts.ts';
import type { ResolvedFlows } from './flows/flows.ts';
import { isHoles } from './source/call-args.ts';
import { normaliseKinds } from './source/flow.ts';
import type { FileFacts } from './source/file-facts.ts';
import { settle } from './source/string-marks.ts';
import type { Callers, Site } from './param-requests.ts';

const TOLD = new Set<DataKind>([...END_USER_DATA, 'secret']);

/**
 * A log call in a wrapper that prints first the message its callers give (`function log(message, data) { console.log(message,
 * JSON.stringify(data)) }`, `log('saved', payload)`): each caller naming the message that hands it End-User Data or a secret is
 * a log call of its own, shown at that caller with the wrapper's call as `via`, carrying what that caller passes; the wrapper's
 * call keeps what the other callers pass. A wrapper no such caller hands that data stays as it is.
 */
export function logsPerCaller(files: readonly FileFacts[], resolved: ResolvedFlows, callersOfApp: Callers): void {
  for (const file of files) {
    if (!file.logs.some((log) => log.byCaller)) continue;
    const callers = callersOfApp();
    file.logs = file.logs.flatMap((log) => (log.byCaller ? perCaller(file, log, log.byCaller, resolved, callers) : [log]));
    for (const log of file.logs) {
      delete log.byCaller;
      delete log.printsResponses;
    }
  }
}

function perCaller(file: FileFacts, log: LogCall, param: string, resolved: ResolvedFlows, callers: ReadonlyMap<string, Site[]>): LogCall[] {
  const at = param.lastIndexOf(':');
  const fn = param.slice(6, at);
  const message = Number(param.slice(at + 1));
  const sites = resolved.paramsOf(log).length === 1 ? callers.get(`${file.file}#${fn}`) : undefined;
  if (!sites) return [log];
  const out: LogCall[] = [];
  // What the call prints of its own, beside its parameters: as a call giving none of them would make it.
  const rest = new Set<DataKind>(resolved.carriedBy(log, [{ fn, caller: file, call: { callee: fn, args: [] } }]) ?? []);
  for (const { file: caller, flow } of sites) {
    const call = log.printsResponses && flow.printed ? { ...flow, args: flow.args.map((a, i) => flow.printed![i] ?? a) } : flow;
    const carries = resolved.carriedBy(log, [{ fn, caller, call }]) ?? [];
    const named = flow.values?.[message];
    if (flow.evidence && named != null && !isHoles(settle(named)!) && carries.some((k) => TOLD.has(k))) out.push({ ...log, carries, evidence: flow.evidence, via: log.evidence });
    else for (const k of carries) rest.add(k);
  }
  if (out.length === 0) return [log];
  if (sites.length > out.length || [...rest].some((k) => k !== 'literal' && k !== 'other')) out.unshift({ ...log, carries: normaliseKinds(rest) });
  return out;
}
