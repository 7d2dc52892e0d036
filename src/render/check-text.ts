import type { Colors } from '../cli/color.ts';
import type { CheckRun, VerdictSummary } from '../check/model.ts';
import type { Verdict } from '../claims/types.ts';
import { printable } from '../utils/lines.ts';

const MARK: Record<Verdict, string> = { verified: '\u2713', contradicted: '\u2717', organisational: '\u25cb', unfilled: '?', unverified: '~' };

/** A verdict table per source and the findings list, for a terminal. */
export function renderCheckText(run: CheckRun, c: Colors): string {
  const paint: Record<Verdict, (s: string) => string> = { verified: c.green, contradicted: c.red, organisational: c.dim, unfilled: c.red, unverified: c.yellow };
  const out: string[] = [`${c.bold('Candor check')} ${run.dir}`];
  // One column for every source's claim ids, as wide as the longest, so the lines below line up.
  const claimWidth = Math.max(0, ...run.sources.flatMap((s) => s.results.map((r) => r.claim.length)));
  const checkWidth = Math.max(0, ...run.findings.map((f) => f.check.length));
  for (const source of run.sources) {
    out.push('', c.bold(`${source.file}${source.section ? ` \u2014 section "${source.section}"` : ''}`));
    if (source.results.length === 0) out.push(c.dim('  no claims recognised'));
    for (const r of source.results) {
      const head = paint[r.verdict](`${MARK[r.verdict]} ${r.verdict.padEnd(14)}`);
      out.push(`  ${head} ${r.claim.padEnd(claimWidth)} ${c.dim(`line ${r.source.line}`)}  ${clip(r.source.text, 70)}`);
      out.push(`      ${printable(r.message)}`);
      // Two scopes on one line of a descriptor are two pieces of evidence, but one line to read.
      const lines = r.evidence.filter((e, i, all) => all.findIndex((o) => o.file === e.file && o.line === e.line) === i);
      for (const e of lines.slice(0, 3)) out.push(c.dim(`      ${e.file}:${e.line}  ${clip(e.excerpt, 80)}`));
      if (lines.length > 3) out.push(c.dim(`      \u2026 and ${lines.length - 3} more`));
    }
    out.push(`  ${summaryLine(source.summary, c)}`);
  }
  out.push('', `${c.bold('Findings')} ${c.dim(`(${run.findings.length})`)}`);
  if (run.findings.length === 0) out.push(c.green('  none'));
  for (const f of run.findings) {
    const sev = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.dim('note   ');
    out.push(`  ${sev} ${f.check.padEnd(checkWidth)} ${c.dim(`${f.evidence.file}:${f.evidence.line}`)}`);
    out.push(`      ${printable(f.message)}`, c.dim(`      fix: ${f.fix}`));
  }
  if (run.diagnostics.length) {
    out.push('', `${c.bold('Input problems')} ${c.dim(`(${run.diagnostics.length})`)}`);
    for (const d of run.diagnostics) out.push(`  ${d.severity === 'error' ? c.red('error') : c.yellow(d.severity)} ${d.file}${d.line ? `:${d.line}` : ''} ${d.message}${d.hint ? c.dim(` \u2014 ${d.hint}`) : ''}`);
  }
  out.push('');
  return out.join('\n');
}

export function summaryLine(s: VerdictSummary, c: Colors): string {
  const parts = [
    c.green(`${s.verified} verified`),
    (s.contradicted ? c.red : c.dim)(`${s.contradicted} contradicted`),
    c.dim(`${s.organisational} organisational`),
    (s.unfilled ? c.red : c.dim)(`${s.unfilled} unfilled`),
  ];
  if (s.unverified) parts.push(c.yellow(`${s.unverified} unverified`));
  return `${s.found} claims: ${parts.join(', ')}`;
}

function clip(s: string, n: number): string {
  const one = printable(s.replace(/\s+/g, ' ').trim());
  return one.length > n ? `${one.slice(0, n - 1)}\u2026` : one;
}
