import type { DataKind } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds } from './source/scope.ts';

/**
 * Replaces the `call:` entries that files left in what their log calls, storage writes and requests
 * carry with what the called functions return, across the app's own modules
 * (`const page = await getPage(id); console.log(page.body)` with `getPage` in another file), the
 * parameters of exported functions with a payload where `handlers` (`file#export`) names them, the
 * parameters of the app's functions with what their callers pass (`log('saved', req.payload)`), and
 * responses to requests through a parameter with product content where `clients` (`file#fn:index`)
 * says callers pass ACE's product client.
 */
export function resolveFlows(files: FileFacts[], graph: CallGraph, handlers: ReadonlySet<string> = new Set(), clients: ReadonlySet<string> = new Set()): void {
  const done = new Map<FunctionInfo, DataKind[]>();
  const active = new Set<FunctionInfo>();

  // What each parameter of the app's functions is given, call site by call site: `file#fn:index`.
  const passed = new Map<string, Array<{ file: FileFacts; flows: string[] }>>();
  for (const file of files) {
    for (const call of file.argFlows) {
      const to = graph.target(file, call.callee);
      if (!to) continue;
      call.args.forEach((flows, i) => {
        const key = `${to.file.file}#${to.fn.name}:${i}`;
        const list = passed.get(key);
        if (list) list.push({ file, flows });
        else passed.set(key, [{ file, flows }]);
      });
    }
  }
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
    if (!flows.some((f) => f.startsWith('call:') || f.startsWith('handler:') || f.startsWith('param:') || f.startsWith('client:'))) return flows as DataKind[];
    const out = new Set<DataKind>();
    for (const flow of flows) {
      if (flow.startsWith('handler:')) {
        out.add(handlers.has(`${file.file}#${flow.slice(8)}`) ? 'resolver-payload' : 'other');
        continue;
      }
      if (flow.startsWith('client:')) {
        out.add(clients.has(`${file.file}#${flow.slice(7)}`) ? 'product-content' : 'other');
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
      const to = graph.target(file, flow.slice(5));
      if (to) for (const k of returnsOf(to.file, to.fn)) out.add(k);
      else out.add('other');
    }
    return normaliseKinds(out);
  };

  // What each parameter holds: what its callers pass, where a caller may pass on its own parameter
  // (`wrap(x) → log(x)`). Worked out for all parameters at once, until nothing changes, so chains and
  // cycles of calls cost no more than the calls themselves.
  const params = new Map<string, { kinds: Set<DataKind>; from: string[] }>();
  for (const [key, sources] of passed) {
    const kinds = new Set<DataKind>();
    const from: string[] = [];
    for (const source of sources) {
      for (const k of resolve(source.file, source.flows, false)) kinds.add(k);
      for (const flow of source.flows) if (flow.startsWith('param:')) from.push(`${source.file.file}#${flow.slice(6)}`);
    }
    params.set(key, { kinds, from });
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const param of params.values()) {
      for (const key of param.from) {
        for (const k of params.get(key)?.kinds ?? ['other' as const]) {
          if (!param.kinds.has(k)) {
            param.kinds.add(k);
            changed = true;
          }
        }
      }
    }
  }
  const paramKinds = new Map([...params].map(([key, p]) => [key, p.kinds.size > 0 ? normaliseKinds(p.kinds) : ['other' as const]]));
  const paramOf = (key: string): DataKind[] => paramKinds.get(key) ?? ['other'];

  for (const file of files) {
    for (const log of file.logs) log.carries = resolve(file, log.carries);
    for (const op of file.storage) op.carries = resolve(file, op.carries);
    for (const call of file.egress) call.carries = resolve(file, call.carries);
  }
}
