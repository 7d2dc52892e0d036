import type { FileFacts } from './source/file-facts.ts';
import type { CallGraph } from './link.ts';
import { isPropertyHookRead } from './source/property-hooks.ts';

/**
 * The setters and deleters of the app's own hooks (`const [tasks, updateTasks] = useTasks()` with, in another module,
 * `export const useTasks = () => useIssueProperty('tasks', [])`): writes and deletes of the property the hook they call
 * reads, shown where they are called.
 */
export function linkHookSetters(files: FileFacts[], graph: CallGraph): void {
  for (const file of files) {
    for (const setter of file.hookSetters ?? []) {
      const to = graph.target(file, setter.hook);
      if (!to) continue;
      // The property hook whose value the function returns: its read, recorded inside the function.
      const read = to.file.storage.find((s) => s.op === 'read' && isPropertyHookRead(s.api) && s.evidence.line >= to.fn.evidence.line && s.evidence.line <= to.fn.endLine
        && to.fn.returns.includes(`store:${s.backend}:${s.key ?? ''}`));
      if (!read) continue;
      file.storage.push({
        backend: read.backend, op: setter.op, key: read.key, api: `${read.api}.${setter.op === 'write' ? 'set' : 'delete'}`, carries: setter.carries, evidence: setter.evidence, via: read.evidence,
      });
    }
  }
}
