import { record, text } from './values.ts';
import { yamlLib } from '../utils/yaml.ts';
import { blankTrailingCommas } from '../utils/jsonc.ts';

export type LockfileKind = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** Lockfile names by kind, in the order one is preferred when a folder has several. */
export const LOCKFILES: ReadonlyArray<readonly [string, LockfileKind]> = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

/** Lockfiles above this size are not read for installed versions: reading them costs more than it tells. */
export const MAX_LOCKFILE_BYTES = 8 * 1024 * 1024;

/** The version a lockfile installed for a dependency of the package in `packageDir` (relative to the lockfile's folder). */
export type VersionLookup = (name: string, range: string | null, packageDir: string) => string | null;

const none: VersionLookup = () => null;

/** Reads a lockfile into a lookup; an unreadable or unknown format gives a lookup that knows nothing. */
export function lockfileLookup(kind: LockfileKind, file: string, source: string): VersionLookup {
  try {
    if (kind === 'npm') return npm(source);
    if (kind === 'pnpm') return pnpm(source);
    if (kind === 'yarn') return yarn(source);
    return file.endsWith('.lockb') ? none : bun(source);
  } catch {
    return none;
  }
}

/** package-lock.json v2/v3 (`packages["node_modules/x"]`) and v1 (`dependencies.x`). https://docs.npmjs.com/cli/configuring-npm/package-lock-json */
function npm(source: string): VersionLookup {
  const lock = record(JSON.parse(source)) ?? {};
  const packages = record(lock.packages) ?? {};
  const legacy = record(lock.dependencies) ?? {};
  return (name, _range, dir) => {
    // A package below the lockfile's folder is only covered when it is one of its workspaces.
    if (dir && !packages[dir]) return null;
    return text(record(packages[`${dir ? `${dir}/` : ''}node_modules/${name}`])?.version)
      ?? text(record(packages[`node_modules/${name}`])?.version)
      ?? (dir ? null : text(record(legacy[name])?.version));
  };
}

/** pnpm-lock.yaml v6-v9 (`importers[dir].dependencies.x.version`, or top-level for a single package) and v5 (`dependencies.x: 1.2.3`). */
function pnpm(source: string): VersionLookup {
  const lock = record(yamlLib().parse(source, { maxAliasCount: -1 })) ?? {};
  const importers = record(lock.importers);
  const sections = ['dependencies', 'devDependencies', 'optionalDependencies'];
  return (name, _range, dir) => {
    const importer = importers ? record(importers[dir || '.']) : dir ? null : lock;
    for (const section of sections) {
      const entry = record(importer?.[section])?.[name];
      const version = text(record(entry)?.version) ?? text(entry) ?? (typeof entry === 'number' ? String(entry) : null);
      // `1.2.3(react@18.2.0)`: peer suffixes; `link:../x`: a workspace package.
      if (version) return version.replace(/\(.*$/, '');
    }
    return null;
  };
}

/** yarn.lock v1 (`"x@^1.0.0":` / `  version "1.2.3"`) and Berry (YAML, `"x@npm:^1.0.0":` / `  version: 1.2.3`). */
function yarn(source: string): VersionLookup {
  const versions = new Map<string, string>();
  let specifiers: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    if (/^\S.*:$/.test(line) && !line.startsWith('#')) {
      specifiers = line.slice(0, -1).split(/,\s*/).map((s) => s.trim().replace(/^"|"$/g, ''));
      continue;
    }
    const version = /^ {2}version:? "?([^"\s]+)"?$/.exec(line);
    if (version) for (const specifier of specifiers) versions.set(specifier, version[1]!);
  }
  return (name, range) => {
    if (range === null) return null;
    return versions.get(`${name}@${range}`) ?? versions.get(`${name}@npm:${range}`) ?? null;
  };
}

/** bun.lock (JSON with trailing commas): `packages.x: ["x@1.2.3", ...]`. https://bun.sh/docs/install/lockfile */
function bun(source: string): VersionLookup {
  const lock = record(JSON.parse(blankTrailingCommas(source))) ?? {};
  const packages = record(lock.packages) ?? {};
  return (name) => {
    const entry = packages[name];
    const resolved = Array.isArray(entry) ? text(entry[0]) : null;
    if (!resolved) return null;
    const at = resolved.lastIndexOf('@');
    return at > 0 ? resolved.slice(at + 1).replace(/^npm:/, '') : null;
  };
}
