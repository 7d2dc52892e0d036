import { formatMessage } from '../utils/format-message.ts';
import type { CheckContext, SeverityReport } from './context.ts';
import { CHECKS as checks } from './registry.ts';
import type { CheckDefinition, Finding } from './types.ts';

export interface RunChecksOptions {
  /** Check ids to run; all when absent. */
  only?: string[];
}

/** Runs the checks on a scan (and the profile, when there is one): findings sorted by file, line and column. */
export function runChecks(ctx: CheckContext, options: RunChecksOptions = {}): Finding[] {
  const selected = options.only ? select(options.only) : checks;
  const findings: Finding[] = [];
  for (const check of selected) {
    for (const report of check.run(ctx) as SeverityReport[]) {
      const template = check.messages[report.messageId];
      if (template === undefined) throw new Error(`check ${check.id} reported unknown message id "${report.messageId}"`);
      findings.push({
        check: check.id,
        title: check.title,
        severity: report.severity ?? check.severity,
        message: formatMessage(template, report.data),
        fix: report.fix ?? check.fix,
        evidence: report.evidence,
        related: report.related ?? [],
      });
    }
  }
  return findings.sort(compareFindings);
}

function select(ids: readonly string[]): CheckDefinition[] {
  const unknown = ids.filter((id) => !checks.some((c) => c.id === id));
  if (unknown.length > 0) {
    throw new RangeError(`unknown check ${unknown.map((id) => `"${id}"`).join(', ')}; the checks are ${checks.map((c) => c.id).join(', ')}`);
  }
  return checks.filter((c) => ids.includes(c.id));
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.evidence.file, b.evidence.file) || a.evidence.line - b.evidence.line || a.evidence.column - b.evidence.column ||
    compare(a.check, b.check) || compare(a.message, b.message)
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
