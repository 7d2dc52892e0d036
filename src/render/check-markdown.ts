import type { CheckRun } from '../check/model.ts';

/** The check as Markdown: a verdict table per source and the findings, for a pull-request comment or a report. */
export function renderCheckMarkdown(run: CheckRun): string {
  const out: string[] = [`# Candor check: ${md(run.dir)}`, ''];
  for (const source of run.sources) {
    const s = source.summary;
    out.push(`## ${md(source.file)}${source.section ? ` \u2014 ${md(source.section)}` : ''}`, '');
    out.push(`${s.found} claims: ${s.verified} verified, ${s.contradicted} contradicted, ${s.organisational} organisational, ${s.unfilled} unfilled${s.unverified ? `, ${s.unverified} unverified` : ''}.`, '');
    if (source.results.length) {
      out.push('| Verdict | Claim | Line | Statement | Evidence |', '| --- | --- | --- | --- | --- |');
      for (const r of source.results) {
        const ev = r.evidence.slice(0, 3).map((e) => `\`${md(e.file)}:${e.line}\``).join('<br>');
        out.push(`| **${r.verdict}** | ${md(r.claim)} | ${r.source.line} | ${md(r.source.text)}<br>_${md(r.message)}_ | ${ev} |`);
      }
      out.push('');
    }
  }
  out.push('## Findings', '');
  if (run.findings.length === 0) out.push('None.', '');
  else {
    out.push('| Severity | Check | Where | Message | Fix |', '| --- | --- | --- | --- | --- |');
    for (const f of run.findings) out.push(`| ${f.severity} | ${md(f.check)} | \`${md(f.evidence.file)}:${f.evidence.line}\` | ${md(f.message)} | ${md(f.fix)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** Escapes text for a Markdown table cell: no HTML, no table breaks, no link or emphasis syntax. */
function md(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+!|<>]/g, (ch) => `\\${ch}`).trim();
}
