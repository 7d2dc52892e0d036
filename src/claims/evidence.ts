/** Small helpers for the evidence claims cite and the way messages name it. */
import type { Diagnostic, Evidence, Facts } from '../scan/facts.ts';

const SOURCE_PROBLEMS = new Set<Diagnostic['code']>(['parse-error', 'unreadable', 'huge-file', 'symlink-loop']);

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
export function unreadSources(facts: Facts): Evidence[] {
  return facts.diagnostics
    .filter((d) => SOURCE_PROBLEMS.has(d.code))
    .map((d) => ({ file: d.file, line: d.line ?? 1, column: d.column ?? 1, excerpt: d.message }));
}

/** A readable list: `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
