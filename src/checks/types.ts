import type { Evidence, Facts } from '../scan/facts.ts';
import type { Profile } from '../profile/schema.ts';
import type { MessageData } from '../claims/types.ts';

export type CheckSeverity = 'error' | 'warning' | 'note';

export interface CheckReport {
  messageId: string;
  data?: MessageData;
  /** Where the problem is: a code or manifest line. */
  evidence: Evidence;
  related?: Evidence[];
  /** How to fix this finding, when it differs from the check's `fix` (a Connect app's way, say). */
  fix?: string;
}

/**
 * A check beyond the claims (least privilege, secrets, logs, personal data, residency...): one file
 * under src/checks/catalogue/, registered in src/checks/registry.ts.
 */
export interface CheckDefinition {
  id: string;
  title: string;
  severity: CheckSeverity;
  /** One paragraph for docs/checks.md. */
  description: string;
  /** How to fix a finding. */
  fix: string;
  messages: Record<string, string>;
  run(ctx: { facts: Facts; profile: Profile | null }): CheckReport[];
}

export interface Finding {
  check: string;
  title: string;
  severity: CheckSeverity;
  message: string;
  fix: string;
  evidence: Evidence;
  related: Evidence[];
}
