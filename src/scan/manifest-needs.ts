import needs from '../data/forge-module-needs.json' with { type: 'json' };
import type { ReadAppResult } from '../app/read-app.ts';
import { isAppCode } from './app-code.ts';
import type { FillImported } from './constants.ts';
import type { Diagnostic } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { hasMarks, settle } from './source/string-marks.ts';

const PACKAGES = needs.packages as Record<string, string>;

/**
 * What the app's code uses that Forge runs only once the manifest declares it: a package that needs a module (`@forge/sql`
 * and the `sql` module), and a queue of `@forge/events` that events are pushed to with no `consumer` module for it (the
 * events are never handled). One warning per package at its first import, one per queue at its first push.
 */
export function missingModules(app: ReadAppResult, files: readonly FileFacts[], fill: FillImported): Diagnostic[] {
  const manifest = app.app.manifest;
  // Without a manifest, or with one whose YAML did not parse, the modules it declares are not known.
  if (manifest === null || app.diagnostics.some((d) => d.code === 'yaml-syntax' && d.severity === 'error')) return [];
  const declared = new Set(app.app.modules.map((m) => m.type));
  const consumed = new Set(app.triggers.flatMap((t) => (t.queue !== undefined ? [t.queue] : [])));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (f.side !== 'backend' || !isAppCode(f.file)) continue;
    for (const i of f.imports) {
      const module = i.types ? undefined : PACKAGES[i.module];
      if (module === undefined || declared.has(module) || seen.has(i.module)) continue;
      seen.add(i.module);
      out.push({
        severity: 'warning', code: 'missing-module', file: i.evidence.file, line: i.evidence.line, column: i.evidence.column,
        message: `${i.evidence.file}:${i.evidence.line} imports ${i.module}, but ${manifest} declares no \`${module}\` module: Forge does not enable it without one.`,
        hint: `Add a \`${module}\` module under \`modules\` in ${manifest}.`,
      });
    }
    for (const push of f.queuePushes ?? []) {
      const key = push.evidence ? settle(fill(f.file, push.key)) : null;
      if (key === null || key === '' || hasMarks(key) || consumed.has(key) || seen.has(`queue:${key}`)) continue;
      seen.add(`queue:${key}`);
      const at = push.evidence!;
      out.push({
        severity: 'warning', code: 'missing-module', file: at.file, line: at.line, column: at.column,
        message: `${at.file}:${at.line} pushes events to the queue \`${key}\`, but no \`${needs.queueConsumer}\` module of ${manifest} reads that queue: the events are never handled.`,
        hint: `Add a \`${needs.queueConsumer}\` module with \`queue: ${key}\` and the function that handles its events in ${manifest}.`,
      });
    }
  }
  return out;
}
