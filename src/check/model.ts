import type { ClaimResult, Verdict } from '../claims/types.ts';
import type { Finding } from '../checks/types.ts';
import type { Diagnostic, Facts } from '../scan/facts.ts';

export interface VerdictSummary {
  found: number;
  verified: number;
  contradicted: number;
  organisational: number;
  unfilled: number;
  unverified: number;
}

/** The claims of one source (a published statement, or the trust profile) with their verdicts. */
export interface SourceReport {
  kind: 'statement' | 'profile';
  /** Path relative to the app folder (may start with `../` for a statement kept elsewhere). */
  file: string;
  /** The statement section the claims were read from, when one was chosen. */
  section: string | null;
  results: ClaimResult[];
  summary: VerdictSummary;
}

export interface CheckRun {
  /** The app folder as given on the command line. */
  dir: string;
  facts: Facts;
  sources: SourceReport[];
  findings: Finding[];
  /** Problems with the profile or a statement (the scan's own are in `facts.diagnostics`). */
  diagnostics: Diagnostic[];
}

export function summarise(results: ClaimResult[]): VerdictSummary {
  const count = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  return {
    found: results.length, verified: count('verified'), contradicted: count('contradicted'),
    organisational: count('organisational'), unfilled: count('unfilled'), unverified: count('unverified'),
  };
}
