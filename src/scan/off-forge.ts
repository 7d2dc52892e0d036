import path from 'node:path';
import registrars from '../data/handler-registrars.json' with { type: 'json' };
import signs from '../data/separate-packages.json' with { type: 'json' };
import type { PackageScripts } from '../app/packages.ts';
import { dirOf, nearestUp } from '../utils/folders.ts';
import type { DependencyFact } from './facts.ts';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { packageName, vendorForHostingFile } from './vendors.ts';

/** The web frameworks among the modules whose routers register request handlers (Forge's resolver is none). */
export const SERVER_MODULES = new Set(registrars.modules.filter((m) => !m.startsWith('@forge/')));
const START_SCRIPTS = new Set(signs.scripts);
const HOST_FILES = new Set(signs.files);
const HANDLER_EXPORTS = new Set(signs.exports);

/** The app's packages: their package.json files, the dependencies they declare, their scripts, and every file of the app. */
export interface AppPackages {
  manifests: readonly string[];
  dependencies: readonly DependencyFact[];
  scripts: readonly PackageScripts[];
  paths: readonly string[];
}

const NO_PACKAGES: AppPackages = { manifests: [], dependencies: [], scripts: [], paths: [] };

/**
 * Back-end files that run outside Forge: a web server of the app's own (a file that imports
 * express, atlassian-connect-express, koa, ...) and the modules it imports, less every module a
 * Forge function's handler imports. A Forge app's repository may hold the server of its remote,
 * or of its Connect past, beside its functions; the manifest's egress permissions do not bind it.
 */
export function offForgeFiles(files: readonly FileFacts[], handlers: ReadonlyArray<{ file: string | null }>, graph: CallGraph, packages: AppPackages = NO_PACKAGES, manifest: string | null = null): Set<string> {
  const handlerFiles = handlers.flatMap((h) => (h.file ? [h.file] : []));
  let forge: Set<string> | null = null;
  const forgeFiles = () => (forge ??= imported(handlerFiles, graph));
  const dirs = new Set(packages.manifests.map(dirOf));
  const memo = new Map<string, string | null>();
  const packageOf = (file: string): string | null => nearestUp(dirOf(file), (dir) => (dirs.has(dir) ? dir : null), memo);
  const apart = separatePackages(files, packages, dirs, handlerFiles.map(packageOf), forgeFiles, manifest);
  const servers = files.filter((f) => f.side === 'backend' && (f.imports.some((i) => SERVER_MODULES.has(packageName(i.module) ?? '')) || (apart.size > 0 && apart.has(packageOf(f.file) ?? ''))));
  if (servers.length === 0) return new Set();
  const fromForge = forgeFiles();
  return new Set([...imported(servers.map((f) => f.file), graph)].filter((file) => !fromForge.has(file)));
}

/**
 * Packages of their own beside the Forge app that are deployed elsewhere (`lambda/package.json` for an AWS Lambda behind its
 * remote, a worker's): no Forge function's handler is in them, they do not hold the manifest, no Forge code depends on them or
 * imports from them (also by a path into their build, `../packages/shared/dist/index.js`), and they hold a Forge app's manifest of
 * their own, or else do not depend on `@forge/*` and show they run on a host of their own (src/data/separate-packages.json).
 */
function separatePackages(files: readonly FileFacts[], packages: AppPackages, dirs: ReadonlySet<string>, handlerPackages: ReadonlyArray<string | null>, forgeFiles: () => ReadonlySet<string>, manifest: string | null): Set<string> {
  if (manifest === null) return new Set();
  const home = dirOf(manifest);
  const within = (file: string, dir: string) => file.startsWith(`${dir}/`);
  const candidates = [...dirs].filter((dir) => dir !== '' && !handlerPackages.includes(dir) && home !== dir && !within(home, dir));
  if (candidates.length === 0) return new Set();
  const forgeManifests = new Set([...handlerPackages, home].map((dir) => (dir ? `${dir}/package.json` : 'package.json')));
  // Where Forge code reaches by a relative import, whether or not the file is among those scanned.
  const forge = forgeFiles();
  const reached = files.filter((f) => forge.has(f.file)).flatMap((f) => f.imports.filter((i) => i.module.startsWith('.')).map((i) => path.posix.join(dirOf(f.file), i.module)));
  return new Set(candidates.filter((dir) => {
    const own = `${dir}/package.json`;
    if (reached.some((file) => within(file, dir)) || packages.dependencies.some((d) => d.local === dir && forgeManifests.has(d.evidence.file))) return false;
    // Another Forge app beside this one (a folder per app, or per release): deployed with a manifest of its own.
    if (packages.paths.includes(`${dir}/manifest.yml`)) return true;
    if (packages.dependencies.some((d) => d.evidence.file === own && d.name.startsWith('@forge/'))) return false;
    const scripts = packages.scripts.find((s) => s.file === own)?.scripts ?? {};
    return Object.keys(scripts).some((name) => START_SCRIPTS.has(name))
      || packages.paths.some((p) => within(p, dir) && (HOST_FILES.has(p.slice(p.lastIndexOf('/') + 1)) || vendorForHostingFile(p) !== null))
      || files.some((f) => within(f.file, dir) && (f.exports?.some((name) => HANDLER_EXPORTS.has(name)) || f.imports.some((i) => SERVER_MODULES.has(packageName(i.module) ?? ''))));
  }));
}

/**
 * The folders of packages of their own, read before the analysis, that run on a host of their own and depend on nothing of Forge's
 * (`remote/package.json` of a Forge Remote's server, with a `start` script or a web framework among its dependencies): their code is
 * no Forge function's, and defines none of its resolver functions. Neither the manifest's package nor one above it is among them.
 */
export function serverPackages(packageFiles: readonly string[], manifest: string, read: (file: string) => string | null): Set<string> {
  const home = dirOf(manifest);
  const out = new Set<string>();
  for (const file of packageFiles) {
    const dir = dirOf(file);
    if (dir === '' || dir === home || home.startsWith(`${dir}/`)) continue;
    let json: { dependencies?: object; devDependencies?: object; peerDependencies?: object; scripts?: object } | null = null;
    try {
      json = JSON.parse(read(file) ?? 'null');
    } catch {
      continue;
    }
    if (json === null || typeof json !== 'object') continue;
    const deps = [json.dependencies, json.devDependencies, json.peerDependencies].flatMap((d) => (d && typeof d === 'object' ? Object.keys(d) : []));
    if (deps.some((name) => name.startsWith('@forge/'))) continue;
    const scripts = json.scripts && typeof json.scripts === 'object' ? Object.keys(json.scripts) : [];
    if (scripts.some((name) => START_SCRIPTS.has(name)) || deps.some((name) => SERVER_MODULES.has(name))) out.add(dir);
  }
  return out;
}

/** The files given and every app file they import, directly or through others. */
export function imported(starts: string[], graph: CallGraph): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const { module } of graph.file(file)?.imports ?? []) {
      const target = graph.resolveModule(file, module);
      if (target !== null && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
