import type { Evidence } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { keepFacts } from './keep-facts.ts';
import { escapeRegex } from '../utils/regex.ts';

/**
 * Drops what the app's class methods that nothing calls would do: a method whose name its own file writes
 * only where it declares it (`FileFacts.idleMethods`) and no other file of the app writes either, in code,
 * a comment or a string. As with a module's functions nothing names, its requests, writes and logs never
 * run. The same for a module's exported functions its own file names only where it declares them, when other
 * files import the module (so it is no entry point), none of them by that name or all of it at once, and the
 * manifest names none of them as a handler (`handlers`, as `file#export`). Decided here, not per file:
 * whether another file calls a method is no part of one file's analysis.
 * A file that writes a method's name only in calls on instances of classes the scan knows (`FileFacts.classCalls`) calls
 * those classes' methods, not this one: found through `calls`, the app's call graph.
 * `namesIn(file, names, find)` gives the names (of `names`) that `find` finds in a file's text, null when the
 * file cannot be read; `names` is the same list for every file, for keeping answers between scans.
 */
export function dropIdleMethods(files: FileFacts[], namesIn: (file: string, names: readonly string[], find: (text: string) => string[]) => string[] | null, handlers: ReadonlySet<string> = new Set(), graph: CallGraph | null = null, calls: CallGraph | null = graph): void {
  const declared = files.filter((f) => f.idleMethods);
  if (declared.length === 0) return;
  // Class methods: whether another file writes the name. Exported functions: whether another file imports them (below).
  const names = [...new Set(declared.flatMap((f) => f.idleMethods!.filter((m) => !m.exported).map((m) => m.name)))];
  const written = new Map<string, Set<string>>();
  if (names.length > 0) {
    const find = wordsIn(names);
    for (const f of files) {
      const found = namesIn(f.file, names, find);
      // An unreadable file may call any of them.
      if (found === null) return;
      for (const name of found) {
        const files = written.get(name) ?? new Set<string>();
        written.set(name, files.add(f.file));
      }
    }
  }
  const imported = graph ? importedNames(files, graph) : new Map<string, { names: Set<string>; whole: boolean }>();
  const byName = new Map(files.map((f) => [f.file, f]));
  // A file that writes the name only in calls on instances of classes the scan knows (`issues.sync()`), or only where its
  // own class declares a method of that name, calls those classes' methods alone; one it cannot follow to a method may call any.
  const callsOthers = (file: string, declaring: FileFacts, m: { line: number; endLine: number; name: string }): boolean => {
    const caller = byName.get(file);
    // Another class's method of the same name, the only place that file writes it.
    if (caller?.idleMethods?.some((other) => !other.exported && other.name === m.name)) return true;
    const targets = caller?.classCalls?.[m.name];
    if (!targets || !calls) return false;
    return targets.every((callee) => {
      const to = calls.target(caller!, callee);
      return to !== null && (to.file !== declaring || to.fn.evidence.line < m.line || to.fn.evidence.line > m.endLine);
    });
  };
  for (const f of declared) {
    const uses = imported.get(f.file);
    // An exported function is idle only in a module other files import (no entry point a manifest or a page names), none
    // of them all of it at once, and none by its name.
    const unused = (name: string): boolean => uses !== undefined && !uses.whole && !uses.names.has(name) && !handlers.has(`${f.file}#${name}`);
    const idle = f.idleMethods!.filter((m) => (m.exported ? unused(m.name) : [...written.get(m.name) ?? []].every((file) => file === f.file || callsOthers(file, f, m))));
    if (idle.length === 0) continue;
    // A helper's request filled in by a caller is shown at the caller: only the file's own lines are its functions'.
    const runs = (e: Evidence): boolean => e.file !== f.file || !idle.some((m) => m.line <= e.line && e.line <= m.endLine);
    keepFacts(f, runs);
  }
}

/**
 * What other files take from each of the app's modules they import: the names they import or re-export, or `whole`
 * when one takes all of it (`import * as`, a default import or `require`, `export *`, or an import that binds no name,
 * as `import('./jira')` may). A `require` used only through fixed members (`notes.save(...)`) takes those members.
 */
function importedNames(files: FileFacts[], graph: CallGraph): Map<string, { names: Set<string>; whole: boolean }> {
  const out = new Map<string, { names: Set<string>; whole: boolean }>();
  for (const f of files) {
    const bound = new Set<string>();
    const at = (module: string): { names: Set<string>; whole: boolean } | null => {
      const target = graph.resolveModule(f.file, module);
      if (target === null || target === f.file) return null;
      let entry = out.get(target);
      if (!entry) out.set(target, (entry = { names: new Set(), whole: false }));
      return entry;
    };
    for (const b of [...f.importBindings, ...f.reexports]) {
      bound.add(b.module);
      const entry = at(b.module);
      const members = 'local' in b ? f.memberImports?.[b.local] : undefined;
      if (entry && members) for (const name of members) entry.names.add(name);
      else if (entry && (b.imported === '*' || b.imported === 'default')) entry.whole = true;
      else entry?.names.add(b.imported);
    }
    for (const i of f.imports) {
      if (i.types || bound.has(i.module)) continue;
      const entry = at(i.module);
      if (entry) entry.whole = true;
    }
  }
  return out;
}

/**
 * Which of `names` a text writes as a whole word (not within a longer run of `[\w$]`), in the order it first writes
 * them. One regex, its names as a tree of their common prefixes (`get(?:Issue|Item)`): an alternation of every name
 * tries each one at every word (0.4 s at a million lines); the tree tries only the names that start as the word does.
 */
function wordsIn(names: readonly string[]): (text: string) => string[] {
  const pattern = new RegExp(`(?<![\\w$])${prefixTree(names)}(?![\\w$])`, 'g');
  return (text) => [...new Set(Array.from(text.matchAll(pattern), (m) => m[0]))];
}

interface Prefixes { next: Map<string, Prefixes>; end: boolean }

function prefixTree(names: readonly string[]): string {
  const root: Prefixes = { next: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const c of name) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Prefixes): string => {
    const branches = [...node.next].map(([c, child]) => escapeRegex(c) + source(child));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0]!;
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return source(root);
}
