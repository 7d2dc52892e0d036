import type { FileFacts } from './source/file-facts.ts';
import { isViewFile } from './rendered-scripts.ts';

/**
 * The locals of `res.render('config', { title, settings })` the browser gets: those the view's template prints (`{{settings.repo}}`,
 * see `templatePrints`), a local's fields when it prints them, all of a local it prints whole. A view whose template is not among
 * the app's files, or one that prints none of them, gives nothing away here: a miss rather than a false alarm. One answer is
 * left per `res.render`, with what its printed locals hold.
 */
export function keepPrintedLocals(files: readonly FileFacts[], templates: ReadonlyArray<{ file: string; prints: readonly string[] }>): void {
  for (const file of files) {
    if (!file.resolverAnswers?.some((a) => a.rendered)) continue;
    const kept: NonNullable<FileFacts['resolverAnswers']> = [];
    const byRender = new Map<string, (typeof kept)[number]>();
    for (const answer of file.resolverAnswers) {
      if (!answer.rendered) {
        kept.push(answer);
        continue;
      }
      const { view, local } = answer.rendered;
      const printed = templates.some((t) => isViewFile(view, t.file) && t.prints.some((p) => prints(p, local)));
      if (!printed) continue;
      const at = `${answer.evidence.line}:${answer.evidence.column}`;
      const first = byRender.get(at);
      if (first) first.flows = [...new Set([...first.flows, ...answer.flows])];
      else {
        const { rendered: _, ...rest } = answer;
        byRender.set(at, rest);
        kept.push(rest);
      }
    }
    file.resolverAnswers = kept;
  }
}

/** Whether printing a path (`settings.repo`) prints a local (`settings.repo`, `settings.repo.url`, or all of them, ''), or part of it (`settings`). */
function prints(path: string, local: string): boolean {
  return local === '' || path === local || path.startsWith(`${local}.`) || local.startsWith(`${path}.`);
}
