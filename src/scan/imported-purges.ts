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
  const guard = (key: string, age: number): { age: number; at: Set<string> } => {
    let held = guards.get(key);
    if (!held) guards.set(key, (held = { age, at: new Set() }));
    held.age = Math.min(held.age, age);
    return held;
  };
  for (const file of files) {
    for (const { name, age, at } of file.guardedImports ?? []) {
      const to = graph.function(file, name);
      if (to) guard(`${to.file.file}#${to.fn.name}`, age).at.add(`${file.file}:${at[0]}:${at[1]}`);
    }
    // An exported function its own module calls behind guards alone (see `settleHelperAges`).
    for (const { fn, age } of file.helperDeletes ?? []) if (age !== undefined) guard(`${file.file}#${fn}`, age);
  }
  if (guards.size === 0) return;
  for (const file of files) {
    for (const { fn, at, age } of file.helperDeletes ?? []) {
      const helper = `${file.file}#${fn}`;
      const guard = guards.get(helper);
      if (!guard || calledUnguarded(files, graph, helper, guard.at, age === undefined ? null : file.file)) continue;
      for (const op of file.storage) if (op.op === 'delete' && at.some(([line, column]) => op.evidence.line === line && op.evidence.column === column)) op.olderThan ??= guard.age;
    }
  }
}

/**
 * Whether a call of the app's function `file#fn` is made anywhere but at the places given (`file:line:column`) and in the file
 * `settled` (whose calls its module judged), or the function is handed on: passed as a value by a module that imports it
 * (`keys.map(removeNote)`), or exported again (`export { removeNote } from './retention'`), for callers the scan may not see.
 */
function calledUnguarded(files: readonly FileFacts[], graph: CallGraph, helper: string, guarded: ReadonlySet<string>, settled: string | null): boolean {
  const isHelper = (to: { file: FileFacts; fn: { name: string } } | null): boolean => to !== null && `${to.file.file}#${to.fn.name}` === helper;
  for (const file of files) {
    if (file.passedImports?.some((name) => isHelper(graph.function(file, name)))) return true;
    if (file.reexports.some((re) => {
      const from = graph.resolveModule(file.file, re.module);
      return from !== null && (re.imported === '*' ? helper.startsWith(`${from}#`) : isHelper(graph.exported(from, re.imported)));
    })) return true;
    if (file.file === settled) continue;
    for (const call of file.argFlows) {
      const to = graph.target(file, call.callee);
      if (!isHelper(to)) continue;
      if (!call.evidence || !guarded.has(`${file.file}:${call.evidence.line}:${call.evidence.column}`)) return true;
    }
  }
  return false;
}
