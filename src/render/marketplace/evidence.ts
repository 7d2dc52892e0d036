/** Evidence for a Marketplace answer: a place in the app's code, or the profile line that declares it. */
import type { Evidence } from '../../scan/facts.ts';
import type { DocumentInput } from '../documents/input.ts';

export interface AnswerEvidence {
  source: 'code' | 'profile';
  file: string;
  line: number;
  /** The code line, for code evidence. */
  excerpt?: string;
  /** The profile field, for profile evidence ("declared in profile"). */
  path?: string;
}

/** code: read from the app; profile: declared by the vendor; both when each contributes. */
export type Basis = 'code' | 'profile' | 'code and profile';

const MAX = 8;

export function fromCode(evidence: readonly Evidence[]): AnswerEvidence[] {
  const seen = new Set<string>();
  const out: AnswerEvidence[] = [];
  for (const e of evidence) {
    const key = `${e.file}:${e.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source: 'code', file: e.file, line: e.line, excerpt: e.excerpt });
    if (out.length >= MAX) break;
  }
  return out;
}

/** `path` as shown; `segments` when a key holds a dot (`scopes`, `read:confluence-content.all`). */
export function fromProfile(input: DocumentInput, path: string, segments?: ReadonlyArray<string | number>): AnswerEvidence {
  const at = input.locate(segments ?? path);
  return { source: 'profile', file: input.profileFile ?? 'candor.yaml', line: at?.line ?? 1, path };
}

export function basisOf(evidence: readonly AnswerEvidence[]): Basis {
  const code = evidence.some((e) => e.source === 'code');
  const profile = evidence.some((e) => e.source === 'profile');
  return code && profile ? 'code and profile' : profile ? 'profile' : 'code';
}

/** `src/store.js:22` or `candor.yaml:14 (declared in profile: logs.endUserData)`. */
export function describeEvidence(e: AnswerEvidence): string {
  return e.source === 'code' ? `${e.file}:${e.line}` : `${e.file}:${e.line} (declared in profile: ${e.path})`;
}
