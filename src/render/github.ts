import path from 'node:path';
import type { CheckRun } from '../check/model.ts';

/**
 * GitHub Actions workflow commands: one annotation per contradicted, unfilled or unverified claim and
 * per finding, with paths relative to the working directory (the repository root in a workflow).
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
export function renderGithub(run: CheckRun): string {
  const out: string[] = [];
  const file = (rel: string): string => path.relative(process.cwd(), path.resolve(run.dir, rel)).split(path.sep).join('/');
  for (const source of run.sources) {
    for (const r of source.results) {
      if (r.verdict === 'verified' || r.verdict === 'organisational') continue;
      const level = r.verdict === 'unverified' ? 'warning' : 'error';
      const where = r.evidence[0] ? ` (evidence: ${r.evidence[0].file}:${r.evidence[0].line})` : '';
      out.push(`::${level} file=${escapeProperty(file(source.file))},line=${r.source.line},col=${r.source.column},title=${escapeProperty(`Candor: ${r.verdict} claim ${r.claim}`)}::${escapeData(`${r.message}${where}`)}`);
    }
  }
  for (const f of run.findings) {
    const level = f.severity === 'note' ? 'notice' : f.severity;
    out.push(`::${level} file=${escapeProperty(file(f.evidence.file))},line=${f.evidence.line},col=${f.evidence.column},title=${escapeProperty(`Candor: ${f.check}`)}::${escapeData(`${f.message} ${f.fix}`)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
