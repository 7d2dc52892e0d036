import { builtinModules } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from './facts.ts';
import { JsoncError, parseJsonc } from '../utils/jsonc.ts';
import { LineIndex } from '../utils/lines.ts';
import { dirOf, nearestUp } from '../utils/folders.ts';

/**
 * Module specifiers that name the app's own files without a relative path: `compilerOptions.paths`
 * of tsconfig.json / jsconfig.json (`@/lib/jira`, following `extends`), and the workspace packages of a
 * monorepo (`@acme/jira-client`, a folder of the app with its own package.json).
 * https://www.typescriptlang.org/tsconfig/#paths
 */
export interface ModuleAliases {
  /** What the file analysis treats as the app's modules: exact specifiers, and prefixes written with a trailing `*`. */
  patterns: string[];
  /** The app-relative paths a specifier imported from `from` may name, best first, before extensions and index files are tried. */
  candidates(from: string, specifier: string): string[];
  /** Where a specifier leads when every path it may name is outside the app folder (`"@utils/*": ["../../packages/utils/*"]`), else null. */
  outside(from: string, specifier: string): string | null;
}

interface Config {
  file: string;
  /** Folder `paths` are relative to: `baseUrl`, or the folder of the config that sets them. */
  base: string;
  paths: Array<{ prefix: string; suffix: string; wildcard: boolean; targets: string[] }>;
  /** `baseUrl` is set: a bare specifier may name a module under it (`models/user` for `src/models/user.ts`). */
  rooted?: true;
}

interface WorkspacePackage {
  name: string;
  dir: string;
  entries: string[];
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json'];
const BUILD_DIRS = /^(dist|build|lib|out|esm|cjs)\//;
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;

/**
 * Reads the app's tsconfig `paths`, `baseUrl` and workspace packages from its config files; `read` gives a file's text by
 * app-relative path, or null; `sources`, every file of the app, tells what a `baseUrl` holds.
 */
export function readModuleAliases(files: readonly string[], read: (file: string) => string | null, sources: readonly string[] = files): { aliases: ModuleAliases; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const listed = new Set(files);
  const parsed = new Map<string, Record<string, unknown> | null>();
  const json = (file: string): Record<string, unknown> | null => {
    let value = parsed.get(file);
    if (value === undefined) {
      value = null;
      const text = read(file);
      if (text !== null) {
        try {
          const data = parseJsonc(text);
          if (data && typeof data === 'object' && !Array.isArray(data)) value = data as Record<string, unknown>;
        } catch (error) {
          // A package.json that does not parse is reported once, where the app's packages are read (with its line).
          const offset = error instanceof JsoncError ? error.offset : null;
          const at = offset === null ? {} : (({ line, column }) => ({ line, column }))(new LineIndex(text).evidence(file, offset));
          if (path.posix.basename(file) !== 'package.json') diagnostics.push({
            severity: 'warning', code: 'json-syntax', file, ...at,
            message: `${file} does not parse (${(error as Error).message}); its module paths are not followed.`,
            hint: 'Fix the JSON (comments and trailing commas are fine, as in TypeScript).',
          });
        }
      }
      parsed.set(file, value);
    }
    return value;
  };

  // Config files: the `paths` in effect for each, through its `extends` chain.
  const configs = new Map<string, Config | null>();
  const configOf = (file: string, seen: Set<string> = new Set()): Config | null => {
    if (configs.has(file)) return configs.get(file)!;
    if (seen.has(file)) return null;
    seen.add(file);
    const data = json(file);
    const dir = path.posix.dirname(file);
    let inherited: Config | null = null;
    const extendsList = data?.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const ext of extendsList) {
      if (typeof ext !== 'string' || !ext.startsWith('.')) continue;
      const target = normal(path.posix.join(dir, ext));
      const found = [target, `${target}.json`].find((f) => listed.has(f));
      const base = found ? configOf(found, seen) : null;
      if (base) inherited = base;
    }
    const options = (data?.compilerOptions ?? {}) as Record<string, unknown>;
    const baseUrl = typeof options.baseUrl === 'string' ? normal(path.posix.join(dir, options.baseUrl)) : null;
    let config: Config | null = inherited ? { ...inherited, file } : null;
    if (options.paths && typeof options.paths === 'object') {
      config = { file, base: baseUrl ?? dir, paths: readPaths(options.paths as Record<string, unknown>), ...(baseUrl !== null || inherited?.rooted ? { rooted: true as const } : {}) };
    } else if (baseUrl !== null) config = { file, base: baseUrl, paths: config?.paths ?? [], rooted: true };
    configs.set(file, config);
    return config;
  };

  // The config that governs a file: the nearest folder up that has one.
  const byDir = new Map<string, Config | null>();
  const ownConfig = (dir: string): Config | null => {
    const own = CONFIG_NAMES.map((n) => (dir === '' ? n : `${dir}/${n}`)).find((f) => listed.has(f));
    return own ? configOf(own) : null;
  };

  const packages: WorkspacePackage[] = [];
  for (const file of files) {
    if (path.posix.basename(file) !== 'package.json') continue;
    const data = json(file);
    if (typeof data?.name !== 'string' || data.name === '') continue;
    const dir = path.posix.dirname(file);
    packages.push({ name: data.name, dir, entries: packageEntries(data) });
  }

  // package.json `imports` (`"#res/*": "./src/resolvers/*.js"`): the specifiers a package's own files may use, by the package's folder.
  const importMaps = new Map<string, Config>();
  for (const file of files) {
    if (path.posix.basename(file) !== 'package.json') continue;
    const imports = json(file)?.imports;
    if (!imports || typeof imports !== 'object' || Array.isArray(imports)) continue;
    importMaps.set(dirOf(file), { file, base: dirOf(file) || '.', paths: readPaths(Object.fromEntries(Object.entries(imports).map(([key, value]) => [key, importTargets(value)]))) });
  }
  const importMapOf = new Map<string, Config | null>();

  // `"start": "NODE_PATH=./ node app.js"`: Node.js also looks for a bare specifier under those folders, after the built-in
  // modules and the package's dependencies (which are left out here).
  const nodePaths = new Map<string, { bases: string[]; shadowed: Set<string> }>();
  for (const file of files) {
    if (path.posix.basename(file) !== 'package.json') continue;
    const data = json(file);
    const bases = nodePathBases(data?.scripts, dirOf(file) || '.');
    if (bases.length === 0) continue;
    const shadowed = new Set<string>();
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = data?.[field];
      if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) shadowed.add(name.startsWith('@') ? name : name.split('/')[0]!);
    }
    nodePaths.set(dirOf(file), { bases, shadowed });
  }
  const nodePathOf = new Map<string, { bases: string[]; shadowed: Set<string> } | null>();

  const patterns = new Set<string>();
  for (const config of importMaps.values()) for (const p of config.paths) if (p.prefix.startsWith('#')) patterns.add(p.wildcard ? `${p.prefix}*` : p.prefix);
  // What a baseUrl holds, by its first segment: the folders and source files a bare specifier may start with.
  const rootedEntries = new Map<string, Set<string>>();
  for (const file of files) {
    if (!CONFIG_NAMES.includes(path.posix.basename(file))) continue;
    const config = configOf(file);
    // A catch-all (`"*": [...]`) would make every package one of the app's modules: left out.
    for (const p of config?.paths ?? []) if (p.prefix !== '') patterns.add(p.wildcard ? `${p.prefix}*` : p.prefix);
    if (config?.rooted && !rootedEntries.has(config.base)) rootedEntries.set(config.base, new Set());
  }
  for (const { bases } of nodePaths.values()) for (const base of bases) if (!rootedEntries.has(base)) rootedEntries.set(base, new Set());
  const shadowedEverywhere = (entry: string): boolean => [...nodePaths.values()].every((n) => (!entry.endsWith('/*') && BUILTINS.has(entry)) || n.shadowed.has(entry.replace(/\/\*$/, '')));
  const nodePathBase = new Set([...nodePaths.values()].flatMap((n) => n.bases));
  for (const [base, entries] of rootedEntries) {
    const at = base === '.' ? '' : `${base}/`;
    for (const file of sources) {
      if (!file.startsWith(at) || !SOURCE.test(file)) continue;
      const rest = file.slice(at.length);
      const slash = rest.indexOf('/');
      if (slash === -1) entries.add(rest.replace(SOURCE, ''));
      else if (!rest.startsWith('node_modules/')) entries.add(`${rest.slice(0, slash)}/*`);
    }
    for (const entry of entries) if (!nodePathBase.has(base) || !shadowedEverywhere(entry)) patterns.add(entry);
  }
  for (const p of packages) patterns.add(p.name).add(`${p.name}/*`);

  const targets = (from: string, specifier: string): string[] => {
    const out: string[] = [];
    if (specifier.startsWith('#')) {
      // As Node.js reads them: from the nearest package.json up, whether or not it has `imports`.
      const map = nearestUp(dirOf(from), (dir) => (packageDirs.has(dir) ? importMaps.get(dir) ?? NO_IMPORTS : null), importMapOf);
      const match = map ? bestMatch(map, specifier) : null;
      if (map && match) for (const target of match.targets) out.push(normal(path.posix.join(map.base, target.replaceAll('*', match.rest))));
      return out;
    }
    const config = nearestUp(dirOf(from), ownConfig, byDir);
    const match = config ? bestMatch(config, specifier) : null;
    if (config && match) for (const target of match.targets) out.push(normal(path.posix.join(config.base, target.replace('*', match.rest))));
    // As TypeScript does after `paths`: the specifier under baseUrl, when it starts with something there.
    const entries = config?.rooted ? rootedEntries.get(config.base) : undefined;
    if (entries && (entries.has(specifier) || entries.has(`${specifier.split('/')[0]}/*`))) out.push(normal(path.posix.join(config!.base, specifier)));
    const nodePath = out.length === 0 ? nearestUp(dirOf(from), (dir) => nodePaths.get(dir) ?? null, nodePathOf) : null;
    const first = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    if (nodePath && !BUILTINS.has(specifier) && !nodePath.shadowed.has(first)) {
      for (const base of nodePath.bases) {
        const held = rootedEntries.get(base);
        if (held && (held.has(specifier) || held.has(`${specifier.split('/')[0]}/*`))) out.push(normal(path.posix.join(base, specifier)));
      }
    }
    for (const p of packages) {
      const at = p.dir === '.' ? '' : `${p.dir}/`;
      if (specifier === p.name) for (const entry of p.entries) out.push(normal(at + entry));
      else if (specifier.startsWith(`${p.name}/`)) {
        const rest = specifier.slice(p.name.length + 1);
        out.push(normal(at + rest), normal(`${at}src/${rest}`));
      }
    }
    return out;
  };
  const packageDirs = new Set(files.filter((f) => path.posix.basename(f) === 'package.json').map(dirOf));
  const leaves = (f: string): boolean => f === '..' || f.startsWith('../');
  const candidates = (from: string, specifier: string): string[] => targets(from, specifier).filter((f) => f !== '' && !leaves(f));
  const outside = (from: string, specifier: string): string | null => {
    const all = targets(from, specifier);
    return all.length > 0 && all.every(leaves) ? all[0]! : null;
  };
  return { aliases: { patterns: [...patterns], candidates, outside }, diagnostics };
}

/** Node.js's built-in modules, which a bare specifier names before any folder (`util`, `fs/promises`). */
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.replace(/^node:/, '')]));

/** The folders, relative to the package's, a script's `NODE_PATH=...` (also through `cross-env`) names; absolute ones left out. */
function nodePathBases(scripts: unknown, dir: string): string[] {
  if (!scripts || typeof scripts !== 'object') return [];
  const out = new Set<string>();
  for (const script of Object.values(scripts)) {
    if (typeof script !== 'string') continue;
    for (const match of script.matchAll(/(?:^|[\s;&|])NODE_PATH=(["']?)([^\s"';&|]+)\1/g)) {
      for (const part of match[2]!.split(':')) {
        if (part === '' || part.startsWith('/') || part.includes('$') || part.includes('%')) continue;
        const base = normal(path.posix.join(dir, part));
        if (base !== '..' && !base.startsWith('../')) out.add(base);
      }
    }
  }
  return [...out];
}

function readPaths(paths: Record<string, unknown>): Config['paths'] {
  const out: Config['paths'] = [];
  for (const [key, value] of Object.entries(paths)) {
    const targets = Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
    const star = key.indexOf('*');
    out.push({ prefix: star === -1 ? key : key.slice(0, star), suffix: star === -1 ? '' : key.slice(star + 1), wildcard: star !== -1, targets });
  }
  return out;
}

/** As TypeScript matches `paths`: an exact key first, else the pattern with the longest prefix. */
function bestMatch(config: Config, specifier: string): { targets: string[]; rest: string } | null {
  let best: { targets: string[]; rest: string; length: number } | null = null;
  for (const p of config.paths) {
    if (!p.wildcard) {
      if (p.prefix === specifier) return { targets: p.targets, rest: '' };
      continue;
    }
    if (specifier.length < p.prefix.length + p.suffix.length || !specifier.startsWith(p.prefix) || !specifier.endsWith(p.suffix)) continue;
    if (!best || p.prefix.length > best.length) best = { targets: p.targets, rest: specifier.slice(p.prefix.length, specifier.length - p.suffix.length), length: p.prefix.length };
  }
  return best;
}

const NO_IMPORTS: Config = { file: '', base: '.', paths: [] };

/** The files a package.json `imports` entry may name, best first: under conditions, a source's before a build's (which also maps to `src/`). */
function importTargets(value: unknown): string[] {
  const out: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.startsWith('./')) return;
      out.push(v);
      if (BUILD_DIRS.test(v.slice(2))) out.push(`./${v.slice(2).replace(BUILD_DIRS, 'src/')}`);
    } else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const key of ['source', 'import', 'node', 'require', 'default', 'types']) add(record[key]);
    }
  };
  add(value);
  return out;
}

/** Where a workspace package's code is: its declared entry points, their sources when they point at build output, its index. */
function packageEntries(data: Record<string, unknown>): string[] {
  const declared: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string') declared.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      add(record['.'] ?? record.source ?? record.import ?? record.default ?? record.require ?? record.types);
    }
  };
  for (const field of ['source', 'exports', 'module', 'main', 'types', 'typings']) add(data[field]);
  const out: string[] = [];
  for (const entry of declared) {
    const stem = entry.replace(/\.d\.[cm]?ts$/, '');
    out.push(stem);
    if (BUILD_DIRS.test(stem)) out.push(stem.replace(BUILD_DIRS, 'src/'));
  }
  out.push('src/index', 'index');
  return out;
}

function normal(file: string): string {
  return path.posix.normalize(file).replace(/\/$/, '');
}
