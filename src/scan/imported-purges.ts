import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * A purge loop in one module that deletes through a function another module exports (`if (age(note) > 30 * DAY) await
 * removeNote(key)` with `import { removeNote } from './retention'`, which calls `kvs.delete(key)`): the delete in that function
 * removes what is that old, as one through a function of the same module does (see `purge-helpers.ts`), when every call of it
 * in the app, wherever it is made (a resolver's handler, another module), is behind such a guard.
 */
export function settleImportedHelperAges(files: readonly FileFacts[], graph: CallGraph): void {
  const guards = new Map<string, { age: number; at: Set<string> }>();
  for (const file of files) {
    for (const { name, age, at } of file.guardedImports ?? []) {
      const to = graph.function(file, name);
      if (!to) continue;
      const key = `${to.file.file}#${to.fn.name}`;
      let held = guards.get(key);
      if (!held) guards.set(key, (held = { age, at: new Set() }));
      held.age = Math.min(held.age, age);
      held.at.add(`${file.file}:${at[0]}:${at[1]}`);
    }
  }
  if (guards.size === 0) return;
  for (const file of files) {
    for (const { fn, at } of file.helperDeletes ?? []) {
      const helper = `${file.file}#${fn}`;
      const guard = guards.get(helper);
      if (!guard || calledUnguarded(files, graph, helper, guard.at)) continue;
      for (const op of file.storage) if (op.op === 'delete' && at.some(([line, column]) => op.evidence.line === line && op.evidence.column === column)) op.olderThan ??= guard.age;
    }
  }
}

/** Whether a call of the app's function `file#fn` is made anywhere but at the places given (`file:line:column`). */
function calledUnguarded(files: readonly FileFacts[], graph: CallGraph, helper: string, guarded: ReadonlySet<string>): boolean {
  for (const file of files) {
    for (const call of file.argFlows) {
      const to = graph.target(file, call.callee);
      if (!to || `${to.file.file}#${to.fn.name}` !== helper) continue;
      if (!call.evidence || !guarded.has(`${file.file}:${call.evidence.line}:${call.evidence.column}`)) return true;
    }
  }
  return false;
}
