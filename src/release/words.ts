import type { Evidence } from '../scan/facts.ts';
import type { ChangeKind, ChangeSeverity, VersionInfo } from './types.ts';

export const SEVERITY_HEADING: Record<ChangeSeverity, string> = {
  'statement-update': 'Needs a statement update',
  review: 'Needs review before release',
  info: 'For the record',
};

export const CHANGE_MARK: Record<ChangeKind, string> = { added: '+', removed: '-', changed: '~' };

/** `1.2.0 (abc1234, 2026-05-01)`. */
export function versionLabel(v: VersionInfo): string {
  const parts = [v.commit && v.commit.short !== v.version ? `${v.commit.short}${v.commit.dirty ? ' with uncommitted changes' : ''}` : null, v.date.slice(0, 10)].filter(Boolean);
  return `${v.version} (${parts.join(', ')})`;
}

/** `a.ts:3, b.ts:9 and 4 more`. */
export function evidenceText(evidence: readonly Evidence[], max = 3): string {
  const shown = evidence.slice(0, max).map((e) => `${e.file}:${e.line}`);
  return evidence.length > max ? `${shown.join(', ')} and ${evidence.length - max} more` : shown.join(', ');
}
