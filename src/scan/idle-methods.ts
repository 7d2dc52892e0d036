import type { Evidence } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Drops what the app's class methods that nothing calls would do: a method whose name its own file writes
 * only where it declares it (`FileFacts.idleMethods`) and no other file of the app writes either, in code,
 * a comment or a string. As with a module's functions nothing names, its requests, writes and logs never
 * run. Decided here, not per file: whether another file calls a method is no part of one file's analysis.
 * `namesIn(file, names, find)` gives the names (of `names`) that `find` finds in a file's text, null when the
 * file cannot be read; `names` is the same list for every file, for keeping answers between scans.
 */
export function dropIdleMethods(files: FileFacts[], namesIn: (file: string, names: readonly string[], find: (text: string) => string[]) => string[] | null): void {
  const declared = files.filter((f) => f.idleMethods);
  if (declared.length === 0) return;
  const names = [...new Set(declared.flatMap((f) => f.idleMethods!.map((m) => m.name)))];
  const written = new Map<string, Set<string>>();
  const pattern = new RegExp(`(?<![\\w$])(?:${names.map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`, 'g');
  const find = (text: string): string[] => [...new Set(Array.from(text.matchAll(pattern), (m) => m[0]))];
  for (const f of files) {
    const found = namesIn(f.file, names, find);
    // An unreadable file may call any of them.
    if (found === null) return;
    for (const name of found) {
      const files = written.get(name) ?? new Set<string>();
      written.set(name, files.add(f.file));
    }
  }
  for (const f of declared) {
    const idle = f.idleMethods!.filter((m) => [...written.get(m.name) ?? []].every((file) => file === f.file));
    if (idle.length === 0) continue;
    const runs = (e: Evidence): boolean => !idle.some((m) => m.line <= e.line && e.line <= m.endLine);
    f.restCalls = f.restCalls.filter((c) => runs(c.evidence));
    f.restBodies = f.restBodies.filter((b) => runs(b.call.evidence));
    f.egress = f.egress.filter((c) => runs(c.evidence));
    f.sdkCalls = f.sdkCalls.filter((c) => runs(c.evidence));
    f.storage = f.storage.filter((op) => runs(op.evidence));
    f.logs = f.logs.filter((l) => runs(l.evidence));
    f.reporting = f.reporting.filter(runs);
    f.personalData = f.personalData.filter((u) => runs(u.evidence));
  }
}
