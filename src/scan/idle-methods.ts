import type { Evidence } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';

/**
 * Drops what the app's class methods that nothing calls would do: a method whose name its own file writes
 * only where it declares it (`FileFacts.idleMethods`) and no other file of the app writes either, in code,
 * a comment or a string. As with a module's functions nothing names, its requests, writes and logs never
 * run. Decided here, not per file: whether another file calls a method is no part of one file's analysis.
 * `read` gives a file's text, null when it cannot.
 */
export function dropIdleMethods(files: FileFacts[], read: (file: string) => string | null): void {
  const declared = files.filter((f) => f.idleMethods);
  if (declared.length === 0) return;
  const names = new Set(declared.flatMap((f) => f.idleMethods!.map((m) => m.name)));
  const written = new Map<string, Set<string>>();
  const pattern = new RegExp(`(?<![\\w$])(?:${[...names].map((n) => n.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`, 'g');
  for (const f of files) {
    const text = read(f.file);
    // An unreadable file may call any of them.
    if (text === null) return;
    for (const m of text.matchAll(pattern)) {
      const files = written.get(m[0]) ?? new Set<string>();
      written.set(m[0], files.add(f.file));
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
