import path from 'node:path';
import type { PackageScripts } from '../app/packages.ts';
import type { CallGraph } from './link.ts';
import { scriptFiles } from './run-entries.ts';
import type { FileFacts } from './source/file-facts.ts';

/** The package scripts that start the app's server, whose files run as one process. */
const START_SCRIPTS = ['start', 'serve'];

/**
 * Node's console is one for the process: a module that sets it or its methods at its top level (`console.log = () => {}`,
 * `globalThis.console = pino()`, see `consoleSettings`) sets them for every module, once it has run. Where such a module is an
 * entry of a run of the app (a function handler of the manifest; the files a package's start script runs, a setup file it
 * preloads with `node -r` among them, or its `main` when it has no start script) or one that entry imports itself, the console
 * calls of the modules that run reaches print through what it set (or print nothing), unless another run reaches them too without
 * it, or a module sets the console differently: then which console they print to cannot be told, and they are left as they are.
 * Logs of the console's methods lose their `consoleMethod` mark here.
 */
export function applyConsoleSettings(files: readonly FileFacts[], handlerFiles: readonly string[], scripts: readonly PackageScripts[], graph: CallGraph): void {
  const byPath = new Map(files.map((f) => [f.file, f]));
  const setters = files.filter((f) => f.side === 'backend' && f.consoleSet);
  if (setters.length > 0) {
    const runs = entryRuns(handlerFiles, scripts, graph).map((entries) => entries.filter((e) => byPath.get(e)?.side === 'backend')).filter((e) => e.length > 0);
    const reached = runs.map((entries) => reach(entries, byPath, graph));
    // What each module's console calls print through: one setting for all the runs that reach it, or none.
    const setting = new Map<string, Record<string, string | null> | null>();
    runs.forEach((entries, i) => {
      const set = setBy(entries, setters, byPath, graph);
      for (const file of reached[i]!) {
        const had = setting.get(file);
        setting.set(file, had === undefined ? set : had !== null && set !== null && same(had, set) ? had : null);
      }
    });
    for (const [file, set] of setting) {
      const facts = byPath.get(file)!;
      // A module that sets the console itself prints through its own setting (see `detectLog`).
      if (set === null || facts.consoleSet) continue;
      facts.logs = facts.logs.filter((log) => {
        if (log.consoleMethod === undefined) return true;
        const to = Object.hasOwn(set, log.consoleMethod) ? set[log.consoleMethod] : Object.hasOwn(set, '*') ? set['*'] : undefined;
        if (to === null) return false;
        if (to !== undefined) log.logger = to;
        return true;
      });
    }
  }
  for (const f of files) for (const log of f.logs) delete log.consoleMethod;
}

/** The entries of each run of the app: each function handler's module, and the files each package's start scripts run (or its `main`). */
function entryRuns(handlerFiles: readonly string[], scripts: readonly PackageScripts[], graph: CallGraph): string[][] {
  const runs: string[][] = handlerFiles.map((file) => [file]);
  for (const pkg of scripts) {
    const dir = path.posix.dirname(pkg.file);
    const at = dir === '.' ? '' : dir;
    const started = START_SCRIPTS.flatMap((name) => {
      const command = pkg.scripts[name];
      const entries = command === undefined ? [] : scriptFiles(at, command, graph);
      return entries.length > 0 ? [entries] : [];
    });
    // `node .` runs the package's `main`, when no start script says how the package runs.
    const main = started.length === 0 && pkg.main !== null ? graph.resolveModule(path.posix.join(at, 'package.json'), `./${pkg.main.replace(/^\.\//, '')}`) : null;
    runs.push(...started, ...(main !== null ? [[main]] : []));
  }
  return runs;
}

/** The modules a run loads: its entries and what they import, on and on. */
function reach(entries: readonly string[], byPath: ReadonlyMap<string, FileFacts>, graph: CallGraph): Set<string> {
  const out = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (out.has(file)) continue;
    const facts = byPath.get(file);
    if (!facts || facts.side !== 'backend') continue;
    out.add(file);
    for (const i of facts.imports) {
      const target = graph.resolveModule(file, i.module);
      if (target !== null && !out.has(target)) queue.push(target);
    }
  }
  return out;
}

/**
 * What a run sets the console to: the setting of the modules among its entries, or that its entries import themselves (a
 * setup module loaded first); `{}` for none, null when two set a method differently.
 */
function setBy(entries: readonly string[], setters: readonly FileFacts[], byPath: ReadonlyMap<string, FileFacts>, graph: CallGraph): Record<string, string | null> | null {
  const loaded = new Set(entries);
  for (const entry of entries) for (const i of byPath.get(entry)?.imports ?? []) {
    const target = graph.resolveModule(entry, i.module);
    if (target !== null) loaded.add(target);
  }
  const out: Record<string, string | null> = {};
  for (const setter of setters) {
    if (!loaded.has(setter.file)) continue;
    for (const [method, to] of Object.entries(setter.consoleSet!)) {
      if (Object.hasOwn(out, method) && out[method] !== to) return null;
      out[method] = to;
    }
  }
  return out;
}

function same(a: Record<string, string | null>, b: Record<string, string | null>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}
