/** Small helpers for the evidence claims cite and the way messages name it. */
import type { Diagnostic, Evidence, Facts } from '../scan/facts.ts';

// A handler whose code is not linked to its function: what it receives is not followed. Code the app imports from
// outside its folder, or holds in another language, is not read.
const SOURCE_PROBLEMS = new Set<Diagnostic['code']>(['parse-error', 'unreadable', 'huge-file', 'symlink-loop', 'symlink-outside', 'unresolved-handler', 'outside-code', 'foreign-code']);

/** `src/index.js:12`. */
export const where = (e: Evidence): string => `${e.file}:${e.line}`;

/** `a.js:3, b.js:9 and 2 more`. */
export function places(evidence: readonly Evidence[], max = 3): string {
  const shown = unique(evidence).slice(0, max).map(where);
  const rest = unique(evidence).length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** Evidence without repeats (same file, line and column). */
export function unique(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Files the scan could not read or parse: whatever they hold is missing from the facts, so a
 * claim that something is absent cannot be verified while they exist.
 */
/** Storage operations with the writes first: what shows that data is kept is a write, not the read of it. */
export function writesFirst<T extends { op: string }>(ops: readonly T[]): T[] {
  return [...ops.filter((o) => o.op === 'write'), ...ops.filter((o) => o.op !== 'write')];
}

export function unreadSources(facts: Facts): Evidence[] {
  return facts.diagnostics
    .filter((d) => SOURCE_PROBLEMS.has(d.code))
    .map((d) => ({ file: d.file, line: d.line ?? 1, column: d.column ?? 1, excerpt: d.message }));
}

/** A readable list: `a, b and c` (or `a, b or c`). */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`;
}

/**
 * A line of the manifest (or Connect descriptor) to point at when a claim fails because something
 * is missing from it: its `app.runtime`, `app.licensing` or first module entry.
 */
export function manifestAnchor(facts: Facts): Evidence | null {
  const file = facts.app.manifest ?? facts.app.descriptor;
  const candidates = [facts.app.licensing.evidence, facts.app.runtime.evidence, facts.app.storage.evidence, ...facts.app.modules.map((m) => m.evidence)];
  return candidates.find((e): e is Evidence => e !== null && (file === null || e.file === file)) ?? null;
}
