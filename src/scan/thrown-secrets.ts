import type { CallGraph } from './link.ts';
import type { FileFacts, FunctionInfo } from './source/file-facts.ts';
import { normaliseKinds } from './source/flow.ts';
import { at, printsWhole } from './source/request-errors.ts';

/**
 * A log call printing whole the error a `catch` gets from the functions of the app its `try` calls (`errorOf`, `await fetchItems()`):
 * it prints the secret one of them lets its callers catch, when that error prints it whole (an axios error of a request that sent one);
 * also that of a request of the `try` the scan knows to send a secret only now (`tracker.get('/items')` of an instance another module makes).
 * A wrapper's request written on its caller's line (`via`) is not one: the wrapper's own `throwsSecret` tells whether its error gets out.
 */
export function linkThrownSecrets(files: readonly FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    for (const log of file.logs) {
      if (!log.errorOf) continue;
      const { callees, lines: [from, to], known } = log.errorOf;
      const thrown = callees.some((name) => throwsWhole(graph, file, name, new Set()))
        || file.egress.some((call) => !call.via && call.evidence.line >= from && call.evidence.line <= to && !known.includes(at(call.evidence)) && printsWhole(call));
      if (thrown) log.carries = normaliseKinds(new Set([...log.carries, 'secret' as const]));
      delete log.errorOf;
    }
  }
}

/** How many calls deep an error is followed to the `catch` that gets it. */
const MAX_DEPTH = 6;

/**
 * Whether the function `name` of `file` lets its callers catch an error printing whole a secret it sent: its own, or one of a
 * function it calls outside a `try` with a `catch` (`save` calling `post` calling `axios.post(url, body, { auth })`), how deep soever.
 */
function throwsWhole(graph: CallGraph, file: FileFacts, name: string, seen: Set<FunctionInfo>, depth = 0): boolean {
  const target = graph.function(file, name);
  if (!target || seen.has(target.fn)) return false;
  if (target.fn.throwsSecret?.whole) return true;
  if (depth >= MAX_DEPTH) return false;
  seen.add(target.fn);
  return (target.fn.escapes ?? target.fn.calls).some((callee) => throwsWhole(graph, target.file, callee, seen, depth + 1));
}
