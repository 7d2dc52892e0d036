import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
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
      const thrown = callees.some((name) => graph.function(file, name)?.fn.throwsSecret?.whole)
        || file.egress.some((call) => !call.via && call.evidence.line >= from && call.evidence.line <= to && !known.includes(at(call.evidence)) && printsWhole(call));
      if (thrown) log.carries = normaliseKinds(new Set([...log.carries, 'secret' as const]));
      delete log.errorOf;
    }
  }
}
