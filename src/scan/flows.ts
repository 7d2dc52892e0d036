import type { DataKind } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds } from './source/scope.ts';

/**
 * Replaces the `call:` entries that files left in what their log calls, storage writes and requests
 * carry with what the called functions return, across the app's own modules
 * (`const page = await getPage(id); console.log(page.body)` with `getPage` in another file), and
 * the parameters of exported functions with a payload where `handlers` (`file#export`) names them.
 */
export function resolveFlows(files: FileFacts[], graph: CallGraph, handlers: ReadonlySet<string> = new Set()): void {
  const done = new Map<FunctionInfo, DataKind[]>();
  const active = new Set<FunctionInfo>();

  const returnsOf = (file: FileFacts, fn: FunctionInfo): DataKind[] => {
    const cached = done.get(fn);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    const kinds = resolve(file, fn.returns);
    active.delete(fn);
    done.set(fn, kinds);
    return kinds;
  };

  const resolve = (file: FileFacts, flows: readonly string[]): DataKind[] => {
    if (!flows.some((f) => f.startsWith('call:') || f.startsWith('handler:'))) return flows as DataKind[];
    const out = new Set<DataKind>();
    for (const flow of flows) {
      if (flow.startsWith('handler:')) {
        out.add(handlers.has(`${file.file}#${flow.slice(8)}`) ? 'resolver-payload' : 'other');
        continue;
      }
      if (!flow.startsWith('call:')) {
        out.add(flow as DataKind);
        continue;
      }
      const [module, name] = flow.slice(5).split('#') as [string, string];
      const target = module === '' ? { file, fn: file.functions.find((f) => f.name === name) } : resolveImport(graph, file, module, name);
      if (target?.fn) for (const k of returnsOf(target.file, target.fn)) out.add(k);
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
