import { CHANGE_SEVERITIES, type ReleaseDiff } from './types.ts';
import { evidenceText, SEVERITY_HEADING, versionLabel } from './words.ts';

/** The release review as Markdown, for a pull-request comment or a release checklist. */
export function renderDiffMarkdown(diff: ReleaseDiff): string {
  const out = [`## Candor release review: ${md(versionLabel(diff.from))} \u2192 ${md(versionLabel(diff.to))}`, ''];
  if (diff.changes.length === 0) return `${[...out, 'No data-handling changes.', ''].join('\n')}`;
  const s = diff.summary;
  out.push(`**${s['statement-update']}** need a statement update \u00b7 **${s.review}** need review \u00b7 **${s.info}** for the record`, '');
  for (const severity of CHANGE_SEVERITIES) {
    const changes = diff.changes.filter((ch) => ch.severity === severity);
    if (changes.length === 0) continue;
    out.push(`### ${SEVERITY_HEADING[severity]}`, '', '| Change | What it means | Evidence |', '| --- | --- | --- |');
    for (const ch of changes) {
      const value = ch.change === 'changed' && ch.before !== null ? `<br>${md(ch.before)} \u2192 ${md(ch.after ?? '')}` : '';
      out.push(`| ${ch.change} **${md(ch.subject)}**${value} | ${md(ch.message)} | ${ch.evidence.length ? `${ch.change === 'removed' ? 'was at ' : ''}${md(`\`${evidenceText(ch.evidence).replace(/`/g, '')}\``)}` : ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Escapes text for a table cell: no HTML, links, emphasis or strike-through; backtick code spans are kept, with only `|` escaped in them. */
function md(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part.replace(/\|/g, '\\|') : part.replace(/[\\*_[\]|<>~]/g, (ch) => `\\${ch}`)))
    .join('')
    .trim();
}
