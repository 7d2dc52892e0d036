import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Forge routes handed to a value another module of the app exports (`jira.get(route\`…\`)`, see `detectHandedRoute`): a
 * request of a package's client when that value is none of the app's functions and its module imports a package other than
 * Forge's; otherwise the app's own code, whose requests the scan reads there, and the call is dropped.
 */
export function settleHandedRoutes(files: FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    if (!file.restCalls.some((c) => c.handedTo !== undefined)) continue;
    file.restCalls = file.restCalls.filter((call) => {
      const to = call.handedTo;
      if (to === undefined) return true;
      delete call.handedTo;
      if (graph.target(file, to) !== null) return false;
      const target = graph.resolveModule(file.file, to.slice(0, to.indexOf('#')));
      const facts = target === null ? undefined : files.find((f) => f.file === target);
      return facts !== undefined && facts.importBindings.some((b) => !b.module.startsWith('@forge/') && graph.resolveModule(facts.file, b.module) === null);
    });
  }
}
