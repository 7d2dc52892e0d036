import type { FileFacts } from './source/file-facts.ts';
import { isViewFile } from './rendered-scripts.ts';
import { FIELD } from './source/string-marks.ts';
import type { DependencyFact } from './facts.ts';
import layouts from '../data/view-layouts.json' with { type: 'json' };

const DEFAULTS: Record<string, string> = layouts.defaults;

/**
 * The locals of `res.render('config', { title, settings })` the browser gets: those the view's template, its layout or its
 * partials print (`{{settings.repo}}`, see `viewPrints`), a local's fields when it prints them, all of a local it prints whole. A view whose template is not among
 * the app's files, or one that prints none of them, gives nothing away here: a miss rather than a false alarm. A local read from
 * the app's storage whose fields alone are printed holds what the app writes to those fields. One answer is left per
 * `res.render`, with what its printed locals hold.
 */
export function keepPrintedLocals(files: readonly FileFacts[], templates: readonly Template[], dependencies: readonly DependencyFact[] = []): void {
  // The layout the app's view engine wraps a view in when its render names none (see `view-layouts.json`).
  const engines = dependencies.flatMap((d) => (!d.dev && Object.hasOwn(DEFAULTS, d.name) ? [DEFAULTS[d.name]!] : []));
  const byView = new Map<string, string[]>();
  for (const file of files) {
    if (!file.resolverAnswers?.some((a) => a.rendered)) continue;
    const kept: NonNullable<FileFacts['resolverAnswers']> = [];
    const byRender = new Map<string, (typeof kept)[number]>();
    for (const answer of file.resolverAnswers) {
      if (!answer.rendered) {
        kept.push(answer);
        continue;
      }
      const { view, local, layout } = answer.rendered;
      const key = `${view}\n${layout ?? ''}`;
      if (!byView.has(key)) byView.set(key, viewPrints(templates, [view, ...(layout === undefined ? engines : layout ? [layout] : [])]));
      const printed = byView.get(key)!.filter((p) => prints(p, local));
      if (printed.length === 0) continue;
      // `{{settings.repo}}` of `settings` read from the app's storage: what the app writes to that field (see `writtenFields`).
      const fields = local !== '' && printed.every((p) => p.startsWith(`${local}.`)) ? [...new Set(printed.map((p) => p.slice(local.length + 1).split('.')[0]!))] : null;
      if (fields) answer.flows = answer.flows.map((f) => (f.startsWith('store:') && !f.includes(FIELD) ? `${f}${FIELD}${fields.join(',')}` : f));
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

interface Template { file: string; prints: readonly string[]; uses?: readonly string[] }

/**
 * What a view prints (see `templatePrints`): its template's, and those of the layout and partials it prints through,
 * theirs in turn (`{{!< layout}}`, `{{> header}}`, `{% extends "base.njk" %}`, see `templateUses`), each template once for each
 * set of names its partials are handed: a partial's hash argument (`{{> userCard user=currentUser}}`) makes its prints of that
 * name (`{{user.email}}`) the view's of the value (`currentUser.email`), and a string or number handed it none.
 */
function viewPrints(templates: readonly Template[], names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const queue: Array<{ name: string; args: ReadonlyMap<string, string | null> }> = names.map((name) => ({ name, args: NO_ARGS }));
  for (let use = queue.pop(); use !== undefined && seen.size < MAX_USES; use = queue.pop()) {
    const [name, ...hash] = use.name.split(' ');
    const args = hash.length === 0 ? use.args : handed(use.args, hash);
    const view = name!.replace(/^(?:\.\.?\/)+/, '');
    for (const t of templates) {
      const key = `${t.file}\n${[...args].join(';')}`;
      if (seen.has(key) || !isViewFile(view, t.file)) continue;
      seen.add(key);
      for (const p of t.prints) {
        const printed = through(args, p);
        if (printed !== null) out.push(printed);
      }
      if (t.uses) for (const name of t.uses) queue.push({ name, args });
    }
  }
  return out;
}

const NO_ARGS: ReadonlyMap<string, string | null> = new Map();
/** Templates read, each with the names its partials are handed: a partial that hands itself more each time ends here. */
const MAX_USES = 256;

/** The names a partial is handed (`user=currentUser`, `size=`), as the view's paths, over those its includer was. */
function handed(outer: ReadonlyMap<string, string | null>, hash: readonly string[]): Map<string, string | null> {
  const out = new Map(outer);
  for (const pair of hash) {
    const at = pair.indexOf('=');
    const value = pair.slice(at + 1);
    out.set(pair.slice(0, at), value === '' ? null : through(outer, value));
  }
  return out;
}

/** A path a template prints as the view's (`user.email` of `user=currentUser`: `currentUser.email`); null for a name handed no local. */
function through(args: ReadonlyMap<string, string | null>, path: string): string | null {
  if (args.size === 0) return path;
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  if (!args.has(head)) return path;
  const value = args.get(head)!;
  return value === null ? null : value + (dot < 0 ? '' : path.slice(dot));
}

/** Whether printing a path (`settings.repo`) prints a local (`settings.repo`, `settings.repo.url`, or all of them, ''), or part of it (`settings`). */
function prints(path: string, local: string): boolean {
  return local === '' || path === local || path.startsWith(`${local}.`) || local.startsWith(`${path}.`);
}
