import type { RestCall } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Forge routes handed to a value another module of the app exports (`jira.get(route\`...\`)`, see `detectHandedRoute`): a
 * request of a package's client when that value is none of the app's functions and its module imports a package other than
 * Forge's; otherwise the app's own code, whose requests the scan reads there. The calls that stand lose their mark; the
 * others keep it, for `handedAway` to leave them out once the links that name calls by their place are made.
 */
export function settleHandedRoutes(files: FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    for (const call of file.restCalls) {
      const to = call.handedTo;
      if (to === undefined || graph.target(file, to) !== null) continue;
      const target = graph.resolveModule(file.file, to.slice(0, to.indexOf('#')));
      const facts = target === null ? undefined : graph.file(target);
      if (facts?.importBindings.some((b) => !b.module.startsWith('@forge/') && graph.resolveModule(facts.file, b.module) === null)) delete call.handedTo;
    }
  }
}

/** A route handed to the app's own code (`settleHandedRoutes`): its request is the one that code makes. */
export function handedAway(call: RestCall): boolean {
  return call.handedTo !== undefined;
}
