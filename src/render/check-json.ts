import type { CheckRun } from '../check/model.ts';

/** The check as JSON: verdicts per source, findings, input problems, and the facts they rest on. */
export function renderCheckJson(run: CheckRun): string {
  const { dir, sources, findings, diagnostics, facts } = run;
  return `${JSON.stringify({ schemaVersion: 1, app: dir, sources, findings, diagnostics, facts }, null, 2)}\n`;
}
