import type { Diagnostic, DiagnosticCode } from '../scan/facts.ts';

/**
 * A problem with the profile. Codes beyond the scan's: `profile-schema` (a value breaks the
 * schema), `profile-reference` (a `third-party:<id>` names no entry), `profile-missing` (no file).
 */
export type ProfileDiagnosticCode = DiagnosticCode | 'profile-schema' | 'profile-reference' | 'profile-missing';

export interface ProfileDiagnostic extends Omit<Diagnostic, 'code'> {
  code: ProfileDiagnosticCode;
}

const MARKS = { error: '\u2716', warning: '\u26a0', info: '\u2139' } as const;

/** `\u2716 must be a number of hours, e.g. 72, not "72h" -> at program.incident.customerHours (candor.yaml:12)`, then the hint. */
export function formatProfileDiagnostic(d: ProfileDiagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const head = d.path ? `${MARKS[d.severity]} ${d.message} \u2192 at ${d.path} (${where})` : `${MARKS[d.severity]} ${d.message} (${where})`;
  return d.hint ? `${head}\n  ${d.hint}` : head;
}
