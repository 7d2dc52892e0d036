import type { DataKind } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds } from './source/scope.ts';

/**
 * Replaces the `call:` entries that files left in what their log calls, storage writes and requests
 * carry with what the called functions return, across the app's own modules
 * (`const page = await getPage(id); console.log(page.body)` with `getPage` in another file), the
 * parameters of exported functions with a payload where `handlers` (`file#export`) names them, and
 * the parameters of the app's functions with what their callers pass (`log('saved', req.payload)`).
 */
export function resolveFlows(files: FileFacts[], graph: CallGraph, handlers: ReadonlySet<string> = new Set()): void {
  const done = new Map<FunctionInfo, DataKind[]>();
  const active = new Set<FunctionInfo>();

  const target = (file: FileFacts, callee: string): { file: FileFacts; fn: FunctionInfo | undefined } | null => {
    const [module, name] = callee.split('#') as [string, string];
    return module === '' ? { file, fn: file.functions.find((f) => f.name === name) } : resolveImport(graph, file, module, name);
  };

  // What each parameter of the app's functions is given, call site by call site: `file#fn:index`.
  const passed = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  for (const file of files) {
    for (const call of file.argFlows) {
      const to = target(file, call.callee);
      if (!to?.fn) continue;
      call.args.forEach((flows, i) => {
        const key = `${to.file.file}#${to.fn!.name}:${i}`;
        const list = passed.get(key);
        if (list) list.push({ file, flows });
        else passed.set(key, [{ file, flows }]);
      });
    }
  }
  const resolving = new Set<string>();
  const paramDone = new Map<string, DataKind[]>();
  const paramOf = (key: string): DataKind[] => {
    const cached = paramDone.get(key);
    if (cached) return cached;
    const sources = passed.get(key);
    if (!sources || resolving.has(key)) return ['other'];
    const outermost = resolving.size === 0;
    resolving.add(key);
    const kinds = new Set<DataKind>();
    for (const source of sources) for (const k of resolve(source.file, source.flows)) kinds.add(k);
    resolving.delete(key);
    const result = normaliseKinds(kinds);
    // Inside a cycle the answer may still be partial: keep only what was worked out from the top.
    if (outermost) paramDone.set(key, result);
    return result;
  };

  const returnsOf = (file: FileFacts, fn: FunctionInfo): DataKind[] => {
    const cached = done.get(fn);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    // A call site already carries what it passes in, so a function's parameters are not part of its result.
    const kinds = resolve(file, fn.returns, false);
    active.delete(fn);
    done.set(fn, kinds);
    return kinds;
  };

  const resolve = (file: FileFacts, flows: readonly string[], withParams = true): DataKind[] => {
    if (!flows.some((f) => f.startsWith('call:') || f.startsWith('handler:') || f.startsWith('param:'))) return flows as DataKind[];
    const out = new Set<DataKind>();
    for (const flow of flows) {
      if (flow.startsWith('handler:')) {
        out.add(handlers.has(`${file.file}#${flow.slice(8)}`) ? 'resolver-payload' : 'other');
        continue;
      }
      if (flow.startsWith('param:')) {
        if (!withParams) continue;
        for (const k of paramOf(`${file.file}#${flow.slice(6)}`)) out.add(k);
        continue;
      }
      if (!flow.startsWith('call:')) {
        out.add(flow as DataKind);
        continue;
      }
      const to = target(file, flow.slice(5));
      if (to?.fn) for (const k of returnsOf(to.file, to.fn)) out.add(k);
      else out.add('other');
    }
    return normaliseKinds(out);
  };

  for (const file of files) {
    for (const log of file.logs) log.carries = resolve(file, log.carries);
    for (const op of file.storage) op.carries = resolve(file, op.carries);
    for (const call of file.egress) call.carries = resolve(file, call.carries);
  }
}

function resolveImport(graph: CallGraph, file: FileFacts, module: string, name: string): { file: FileFacts; fn: FunctionInfo } | null {
  const target = graph.resolveModule(file.file, module);
  return target ? graph.exported(target, name) : null;
}
