import path from 'node:path';
import tools from '../data/developer-tools.json' with { type: 'json' };
import { isAppCode } from './app-code.ts';
import type { CallGraph } from './link.ts';
import { imported, SERVER_MODULES } from './off-forge.ts';
import type { FileFacts } from './source/file-facts.ts';
import { packageName } from './vendors.ts';

const DEVELOPER_PACKAGES = new Set(tools.packages);
const SERVER_SCRIPTS = new RegExp(`^(?:pre|post)?(?:${tools.serverScripts.join('|')})(?::.*)?$`);
const SOURCE = /\.[cm]?[jt]sx?$/;
const RUNNERS = new Set(tools.runners);

export interface PackageScripts {
  /** The package.json, relative to the app. */
  file: string;
  main: string | null;
  scripts: Record<string, string>;
}

/**
 * The app's files only a developer runs: the files its package.json scripts name (`"seed": "node tools/seed.js"`), and
 * those that import a tool that drives, tunnels to or tests the app (puppeteer, ngrok, playwright) and that no other file
 * imports, with the modules only they import. A file the app's run-time code reaches stays the app's: a Forge function's
 * handler, a front end, a server (a file that imports express, atlassian-connect-express…), the package's `main` and the
 * files its start scripts name, and every module these import.
 */
export function developerFiles(files: readonly FileFacts[], packages: readonly PackageScripts[], handlers: ReadonlyArray<{ file: string | null }>, graph: CallGraph): Set<string> {
  const named = new Set<string>();
  const started = new Set<string>();
  for (const pkg of packages) {
    const dir = path.posix.dirname(pkg.file);
    const main = pkg.main === null ? null : graph.resolveModule(pkg.file, `./${pkg.main.replace(/^\.\//, '')}`);
    if (main !== null) started.add(main);
    for (const [name, command] of Object.entries(pkg.scripts)) {
      for (const file of scriptFiles(dir, command, graph)) (SERVER_SCRIPTS.test(name) ? started : named).add(file);
    }
  }
  const tooled = (f: FileFacts): boolean => f.imports.some((i) => DEVELOPER_PACKAGES.has(packageName(i.module) ?? ''));
  const candidates = files.filter((f) => f.side === 'backend' && !started.has(f.file) && (named.has(f.file) || tooled(f)) && isAppCode(f.file));
  if (candidates.length === 0) return new Set();
  // A tool's user run by hand is no module of another file.
  const importedByOthers = new Set<string>();
  if (candidates.some((f) => !named.has(f.file))) {
    for (const f of files) for (const { module } of f.imports) {
      const target = graph.resolveModule(f.file, module);
      if (target !== null && target !== f.file) importedByOthers.add(target);
    }
  }
  const seeds = candidates.filter((f) => named.has(f.file) || !importedByOthers.has(f.file));
  if (seeds.length === 0) return new Set();
  const entries = files.filter((f) => f.side === 'frontend' || started.has(f.file) || f.imports.some((i) => SERVER_MODULES.has(packageName(i.module) ?? '')));
  const app = imported([...handlers.flatMap((h) => (h.file ? [h.file] : [])), ...entries.map((f) => f.file)], graph);
  return new Set([...imported(seeds.filter((f) => !app.has(f.file)).map((f) => f.file), graph)].filter((file) => !app.has(file)));
}

/** The `main` and `scripts` of each package.json given (paths relative to the app), as `read` gives their text; one that does not parse is left out. */
export function packageScripts(manifests: readonly string[], read: (file: string) => string | null): PackageScripts[] {
  const out: PackageScripts[] = [];
  for (const file of manifests) {
    const pkg = parsed(read(file));
    if (pkg === null) continue;
    const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? Object.fromEntries(Object.entries(pkg.scripts).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
    out.push({ file, main: typeof pkg.main === 'string' ? pkg.main : null, scripts });
  }
  return out;
}

function parsed(text: string | null): { main?: unknown; scripts?: unknown } | null {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** The app's source files a script's command runs (`node tools/seed.js`, `tsx ./scripts/load.ts && …`), from the package's folder. */
function scriptFiles(dir: string, command: string, graph: CallGraph): string[] {
  const out: string[] = [];
  for (const part of command.split(/[;&|()]+/)) {
    const words = part.trim().split(/\s+/);
    const runner = words.findIndex((w) => RUNNERS.has(w));
    if (runner < 0) continue;
    for (const word of words.slice(runner + 1)) {
      const name = word.replace(/^["']|["']$/g, '');
      const file = SOURCE.test(name) && !name.includes('*') ? sourceFile(dir, name, graph) : null;
      if (file !== null) out.push(file);
    }
  }
  return out;
}

function sourceFile(dir: string, name: string, graph: CallGraph): string | null {
  const file = path.posix.normalize(path.posix.join(dir, name));
  return graph.file(file) ? file : null;
}
