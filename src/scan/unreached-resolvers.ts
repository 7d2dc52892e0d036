import { isBuiltin } from 'node:module';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { keepFacts } from './keep-facts.ts';
import { imported } from './off-forge.ts';
import { packageName } from './vendors.ts';

/** Files a module may import that hold no code: data, styles, markup. */
const NOT_CODE = /\.(json|css|scss|sass|less|svg|png|jpe?g|gif|html?|md|txt|ya?ml|graphql|gql|node|wasm)$/i;

/** Packages that work only inside a Forge function: a module importing one runs only as part of a function's bundle. */
const FORGE_RUNTIME = new Set(['@forge/api', '@forge/kvs', '@forge/sql', '@forge/events']);

/**
 * Drops what the resolver modules of a Forge app that no invoked function reaches would do. Forge runs a module's
 * resolver functions only through the `function` a module names (`resolver: { function }`), by that function's
 * handler and the modules it imports; a back-end module that imports `@forge/resolver` outside all of them (a
 * manifest whose UI calls a remote, or declares no function at all) never answers a call, so its requests, writes
 * and logs never happen. So too for any module that imports a package only a Forge function can use
 * (`@forge/api`, `@forge/kvs`, ...) and that no function's handler reaches: Forge bundles only what a handler
 * imports (one that only a function no module names reaches is kept, for the checks to tell it never runs).
 * Undecided, nothing dropped, when an invoked function's handler names no file of the app, or when a module its
 * handler reaches imports one the scan cannot tell (see `openImport`); for the other modules, the same of every
 * function's handler.
 */
export function dropUnreachedResolvers(files: FileFacts[], handlers: ReadonlyArray<{ file: string | null; unnamed?: true }>, graph: CallGraph, packages: ReadonlySet<string>, appModules: readonly string[]): void {
  const invoked = handlers.filter((h) => !h.unnamed);
  if (invoked.some((h) => h.file === null)) return;
  const reached = imported(invoked.map((h) => h.file!), graph);
  const open = (file: string): boolean => openImport(graph, file, packages, appModules);
  if ([...reached].some(open)) return;
  // What any function's handler reaches, invoked or not: Forge bundles it, and the checks say what of it nothing runs.
  let bundled = handlers.some((h) => h.file === null) ? null : imported(handlers.map((h) => h.file!), graph);
  if (bundled && [...bundled].some(open)) bundled = null;
  for (const f of files) {
    if (f.side !== 'backend' || reached.has(f.file)) continue;
    const resolvers = f.imports.some((i) => i.module === '@forge/resolver');
    if (!resolvers && (bundled === null || bundled.has(f.file) || !f.imports.some((i) => FORGE_RUNTIME.has(i.module)))) continue;
    keepFacts(f, () => false);
  }
}

/**
 * Whether a module imports something that may be another of the app's modules the scan cannot find: a computed
 * specifier (`import(\`./resolvers/${name}\`)`), a relative path or one of the app's aliases (tsconfig `paths`,
 * package.json `imports`) that names no file scanned, or a bare name that is neither a package the app's package.json
 * files declare nor one of Node.js's nor one of Atlassian's `@forge/` packages.
 */
function openImport(graph: CallGraph, file: string, packages: ReadonlySet<string>, appModules: readonly string[]): boolean {
  const facts = graph.file(file);
  if (!facts) return true;
  if (facts.computedImports?.length) return true;
  return facts.imports.some(({ module, types }) => {
    if (types || graph.resolveModule(file, module) !== null) return false;
    if (module.startsWith('.') || module.startsWith('/')) return !NOT_CODE.test(module);
    if (isBuiltin(module)) return false;
    if (appModules.some((p) => (p.endsWith('*') ? module.startsWith(p.slice(0, -1)) : module === p))) return true;
    const name = packageName(module);
    // Atlassian's own scope holds none of the app's modules, declared or not.
    return name === null || (!packages.has(name) && !name.startsWith('@forge/'));
  });
}
