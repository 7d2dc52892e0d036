import type { Colors } from '../cli/color.ts';
import { CHANGE_SEVERITIES, type ReleaseDiff } from './types.ts';
import { CHANGE_MARK, evidenceText, SEVERITY_HEADING, versionLabel } from './words.ts';

/** The release review for a terminal: changes grouped by severity, each with its evidence. */
export function renderDiffText(diff: ReleaseDiff, c: Colors): string {
  const out = [
    c.bold(`Release review${diff.to.app.name ? ` of ${diff.to.app.name}` : ''}`),
    `  from ${versionLabel(diff.from)}`,
    `  to   ${versionLabel(diff.to)}`,
    '',
  ];
  if (diff.changes.length === 0) return `${[...out, 'No data-handling changes.'].join('\n')}\n`;
  const s = diff.summary;
  out.push(`${s['statement-update']} need a statement update, ${s.review} need review, ${s.info} for the record.`);
  const paint = { 'statement-update': c.red, review: c.yellow, info: c.dim } as const;
  for (const severity of CHANGE_SEVERITIES) {
    const changes = diff.changes.filter((ch) => ch.severity === severity);
    if (changes.length === 0) continue;
    out.push('', paint[severity](c.bold(SEVERITY_HEADING[severity])));
    for (const ch of changes) {
      out.push(`  ${CHANGE_MARK[ch.change]} ${c.bold(ch.subject)}${ch.change === 'changed' && ch.before !== null ? c.dim(`  ${ch.before} \u2192 ${ch.after}`) : ''}`);
      out.push(`    ${ch.message}`);
      if (ch.evidence.length) out.push(c.cyan(`    ${ch.change === 'removed' ? 'was at ' : ''}${evidenceText(ch.evidence)}`));
    }
  }
  return `${out.join('\n')}\n`;
}
