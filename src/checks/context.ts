import type { Evidence, Facts } from '../scan/facts.ts';
import { PROFILE_FILES, type Profile } from '../profile/schema.ts';
import type { PathSegment, Position } from '../profile/yaml-paths.ts';
import type { CheckReport, CheckSeverity } from './types.ts';

/** Where the profile was read from, to point a finding at a profile line (a `LoadedProfile` fits). */
export interface ProfileSource {
  file: string | null;
  locate(path: readonly PathSegment[]): Position | null;
}

/**
 * What a check reads. `profileSource` is optional, so a check taking this context still fits
 * `CheckDefinition.run`; without it, profile evidence points at the top of `candor.yaml`.
 */
export interface CheckContext {
  facts: Facts;
  profile: Profile | null;
  profileSource?: ProfileSource;
}

/** A report whose severity differs from its check's (runs-on-atlassian: an error only when the profile claims it). */
export interface SeverityReport extends CheckReport {
  severity?: CheckSeverity;
}

/** Evidence for a profile entry, e.g. `['thirdParties', 2, 'name']`, with the YAML text it stands for. */
export function profileEvidence(source: ProfileSource | undefined, path: readonly PathSegment[], excerpt: string): Evidence {
  const position = source?.locate(path) ?? null;
  return { file: source?.file ?? PROFILE_FILES[0], line: position?.line ?? 1, column: position?.column ?? 1, excerpt };
}
