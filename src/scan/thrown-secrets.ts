import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { normaliseKinds } from './source/flow.ts';

/**
 * A log call printing whole the error a `catch` gets from the functions of the app its `try` calls (`errorOf`, `await fetchItems()`):
 * it prints the secret one of them lets its callers catch, when that error prints it whole (an axios error of a request that sent one).
 */
export function linkThrownSecrets(files: readonly FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    for (const log of file.logs) {
      if (!log.errorOf) continue;
      if (log.errorOf.some((name) => graph.function(file, name)?.fn.throwsSecret?.whole)) log.carries = normaliseKinds(new Set([...log.carries, 'secret' as const]));
      delete log.errorOf;
    }
  }
}
