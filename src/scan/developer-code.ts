import path from 'node:path';
import tools from '../data/developer-tools.json' with { type: 'json' };
import type { PackageScripts } from '../app/packages.ts';
import { isAppCode } from './app-code.ts';
import type { CallGraph } from './link.ts';
import { imported, SERVER_MODULES } from './off-forge.ts';
import { hostEntries, scriptFiles } from './run-entries.ts';
import type { FileFacts } from './source/file-facts.ts';
import { packageName } from './vendors.ts';

const DEVELOPER_PACKAGES = new Set(tools.packages);
const DEVELOPMENT_ONLY = new Set(tools.anywhere);
const DEVELOPER_FOLDERS = new Set(tools.developerFolders);
const SERVER_SCRIPTS = new RegExp(`^(?:pre|post)?(?:${tools.serverScripts.join('|')})(?::.*)?$`);
/** A default export taking a request and a response (`export default async function handler(req, res)`): a serverless function. */
const REQUEST_HANDLER = /(?:module\.exports\s*=|exports\.default\s*=|export\s+default)\s*(?:async\s+)?(?:function\b[\w\s]*)?\(\s*(?:req|request)\b[^,)]*,\s*(?:res|response)\b/;
const LISTEN = /\b([\w$]+)\s*\.\s*listen\s*\(/g;

/** Where the app is and how to read its files: for the files its host runs (see `hostEntries`) and a candidate's text. */
export interface AppFiles {
  paths: readonly string[];
  read: (file: string) => string | null;
}

/**
 * The app's files only a developer runs: the files its package.json scripts name (`"seed": "node tools/seed.js"`), and
 * those in a developer's folder (`scripts/`, `tools/`, `e2e/`...) that import a tool that drives, tunnels to or tests the app
 * (puppeteer, ngrok, playwright), or anywhere one only development uses (a tunnel, nodemon), and that no other file
 * imports, with the modules only they import. A file the app's run-time code reaches stays the app's: a Forge function's handler, a front end, a server (a file that imports express,
 * atlassian-connect-express..., or one that listens), a serverless function, the package's `main`, the files its start
 * scripts, a Procfile or a Dockerfile run, and every module these import.
 */
export function developerFiles(files: readonly FileFacts[], packages: readonly PackageScripts[], handlers: ReadonlyArray<{ file: string | null }>, graph: CallGraph, app: AppFiles): Set<string> {
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
  const tooled = (f: FileFacts): boolean => {
    const folder = inDeveloperFolder(f.file);
    return f.imports.some((i) => {
      const name = packageName(i.module) ?? '';
      return DEVELOPMENT_ONLY.has(name) || (folder && DEVELOPER_PACKAGES.has(name));
    });
  };
  const found = files.filter((f) => f.side === 'backend' && !started.has(f.file) && (named.has(f.file) || tooled(f)) && isAppCode(f.file));
  if (found.length === 0) return new Set();
  for (const file of hostEntries(app.paths, packages.map((p) => path.posix.dirname(p.file)), app.read, graph)) started.add(file);
  for (const f of found) if (!started.has(f.file) && runsItself(f, app.read(f.file))) started.add(f.file);
  const candidates = found.filter((f) => !started.has(f.file));
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
  const reached = imported([...handlers.flatMap((h) => (h.file ? [h.file] : [])), ...entries.map((f) => f.file)], graph);
  return new Set([...imported(seeds.filter((f) => !reached.has(f.file)).map((f) => f.file), graph)].filter((file) => !reached.has(file)));
}

function inDeveloperFolder(file: string): boolean {
  const dirs = file.split('/');
  dirs.pop();
  return dirs.some((d) => DEVELOPER_FOLDERS.has(d));
}

/** The file serves requests itself: it listens on a server (`app.listen(3000)`, not a tool's `ngrok.listen(server)`) or its default export is a request handler. */
function runsItself(f: FileFacts, text: string | null): boolean {
  if (text === null) return false;
  if (REQUEST_HANDLER.test(text)) return true;
  const tools = new Set(f.importBindings.filter((b) => DEVELOPER_PACKAGES.has(packageName(b.module) ?? '')).map((b) => b.local));
  for (const [, receiver] of text.matchAll(LISTEN)) if (!tools.has(receiver!)) return true;
  return false;
}
