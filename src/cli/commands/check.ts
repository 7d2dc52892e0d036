import fs from 'node:fs';
import { check, statementExists } from '../../check/index.ts';
import type { CheckRun } from '../../check/model.ts';
import type { CheckSeverity } from '../../checks/types.ts';
import { renderCheckJson } from '../../render/check-json.ts';
import { renderCheckMarkdown } from '../../render/check-markdown.ts';
import { renderCheckText } from '../../render/check-text.ts';
import { renderGithub } from '../../render/github.ts';
import { renderSarif } from '../../render/sarif.ts';
import { colors } from '../color.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';

const RENDERERS: Record<string, (run: CheckRun) => string> = {
  text: (run) => renderCheckText(run, colors(process.stdout)),
  json: renderCheckJson,
  sarif: renderSarif,
  markdown: renderCheckMarkdown,
  github: renderGithub,
};
const RANK: Record<CheckSeverity | 'none', number> = { note: 1, warning: 2, error: 3, none: 4 };

/**
 * `candor check <app-dir> [--statement FILE]...`: exit 1 when a claim is contradicted or unfilled or a
 * finding is at or above `--fail-on` (default error), 0 when clean, 2 for a usage or input error.
 */
export async function runCheck(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const dir = positionals[0];
  if (!dir) throw new UsageError('check needs the app folder: candor check <app-dir> [--statement FILE]');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const format = (values.format as string | undefined) ?? 'text';
  const render = RENDERERS[format];
  if (!render) throw new UsageError(`--format must be one of ${Object.keys(RENDERERS).join(', ')}`);
  const failOn = ((values['fail-on'] as string | undefined) ?? 'error') as CheckSeverity | 'none';
  if (!(failOn in RANK)) throw new UsageError('--fail-on must be one of error, warning, note, none');
  const statements = ([] as string[]).concat((values.statement as string[] | string | undefined) ?? []);
  for (const s of statements) if (!statementExists(s)) throw new UsageError(`statement ${s} does not exist`);

  const bar = progress('Scanning');
  const run = await check(dir, {
    statements,
    ...(typeof values.section === 'string' ? { section: values.section } : {}),
    ...(typeof values.profile === 'string' ? { profile: values.profile } : {}),
    onProgress: bar.update,
  });
  bar.done();
  process.stdout.write(render(run));

  if (run.facts.diagnostics.some((d) => d.code === 'no-app') || run.diagnostics.some((d) => d.severity === 'error')) return 2;
  const claimFails = run.sources.some((s) => s.results.some((r) => r.verdict === 'contradicted' || r.verdict === 'unfilled'));
  const findingFails = run.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  return claimFails || findingFails ? 1 : 0;
}
