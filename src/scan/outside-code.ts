import path from 'node:path';
import { isAppCode } from './app-code.ts';
import type { DependencyFact, Diagnostic, Evidence } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { ModuleAliases } from './module-aliases.ts';
import type { FileFacts } from './source/file-facts.ts';

/** Dependencies taken from a folder or the monorepo's workspace rather than a registry. */
const LOCAL_PROTOCOL = /^(workspace|file|link|portal):/;
/** Imports of styles, images and other assets carry no code. */
const CODE_MODULE = /(^|\/)[^/.]+$|\.([cm]?[jt]sx?)$/;

/**
 * Code the app imports from outside its folder, which Candor cannot read: a relative import that leaves the
 * folder (`../../packages/shared`), an alias of tsconfig `paths` whose every target does (`@utils/*` for
 * `../../packages/utils/*`), and a package the app's package.json takes from the monorepo's workspace or a
 * folder (`"@acme/shared": "workspace:*"`, `file:../shared`), or names with a version range a package of the monorepo the
 * folder is in (`workspace`, the names of its packages outside the folder), that is not among the app's files. One diagnostic per
 * module, at its first import; imports of types only bring no code, nor do tests, scripts and build configuration.
 */
export function outsideCode(files: readonly FileFacts[], dependencies: readonly DependencyFact[], graph: CallGraph, aliases: ModuleAliases | null, workspace: ReadonlySet<string> = new Set()): Diagnostic[] {
  const local = new Map<string, DependencyFact>();
  for (const d of dependencies) {
    // `workspace:*`, `file:../shared`, or a version range of a package the monorepo around the folder holds (npm workspaces).
    if (d.version !== null && ((LOCAL_PROTOCOL.test(d.version) && !insideApp(d)) || (workspace.has(d.name) && d.local === undefined))) local.set(d.name, d);
  }
  const found = new Map<string, { module: string; evidence: Evidence; package?: DependencyFact }>();
  for (const file of files) {
    if (!isAppCode(file.file)) continue;
    for (const { module, evidence, types } of file.imports) {
      if (types || !CODE_MODULE.test(module)) continue;
      let key: string | null = null;
      let dependency: DependencyFact | undefined;
      if (module.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.file), module));
        if (target === '..' || target.startsWith('../')) key = target.replace(/\.[cm]?[jt]sx?$/, '');
      } else {
        dependency = local.get(packageOf(module));
        if (dependency && graph.resolveModule(file.file, module) === null) key = dependency.name;
        else key = aliases?.outside(file.file, module)?.replace(/\.[cm]?[jt]sx?$/, '') ?? null;
      }
      if (key === null) continue;
      const seen = found.get(key);
      if (!seen || before(evidence, seen.evidence)) found.set(key, { module, evidence, ...(dependency ? { package: dependency } : {}) });
    }
  }
  return [...found.values()].map(({ module, evidence, package: dependency }): Diagnostic => ({
    severity: 'warning', code: 'outside-code', file: evidence.file, line: evidence.line, column: evidence.column,
    message: dependency
      ? `${evidence.file} imports '${module}', which ${dependency.evidence.file} takes from ${workspace.has(dependency.name) && !LOCAL_PROTOCOL.test(dependency.version ?? '') ? 'the monorepo around' : 'outside'} the app folder (${dependency.version}); Candor cannot read its code.`
      : `${evidence.file} imports '${module}', outside the app folder; Candor cannot read its code.`,
    hint: 'Scan the folder that holds the shared code too (a monorepo\'s root), or copy what the app uses into the app folder. Until then the product scopes that code may use are not reported unused.',
  }));
}

/** A `file:` or `link:` dependency in a folder of the app. */
function insideApp(d: DependencyFact): boolean {
  const at = /^(?:file|link|portal):(.+)$/.exec(d.version ?? '');
  if (!at) return false;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(d.evidence.file), at[1]!));
  return target !== '..' && !target.startsWith('../') && !path.posix.isAbsolute(target);
}

function packageOf(module: string): string {
  const parts = module.split('/');
  return module.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function before(a: Evidence, b: Evidence): boolean {
  return a.file < b.file || (a.file === b.file && a.line < b.line);
}
