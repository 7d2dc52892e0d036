import path from 'node:path';
import type { DependencyFact, Diagnostic, PackageFacts } from '../scan/facts.ts';
import { parseDescriptorJson } from './connect.ts';
import type { FileEntry } from './files.ts';
import { LOCKFILES, MAX_LOCKFILE_BYTES, lockfileLookup, type VersionLookup } from './lockfiles.ts';
import { record } from './values.ts';
import { YamlFile } from './yaml-locate.ts';
import { dirOf } from '../utils/folders.ts';

const SECTIONS: ReadonlyArray<readonly [string, boolean]> = [
  ['dependencies', false],
  ['optionalDependencies', false],
  ['devDependencies', true],
];

/**
 * Every `package.json` of the app (root, Custom UI front ends, workspaces) and its dependencies.
 * `version` is what the nearest lockfile installed when it can be read cheaply, else the range as
 * written. `lockfile` is the app's main lockfile: the shallowest one.
 */
/** A package.json's `main` and `scripts`, for telling the files the app runs from those a developer runs. */
export interface PackageScripts {
  /** The package.json, relative to the app. */
  file: string;
  main: string | null;
  scripts: Record<string, string>;
}

export function readPackages(files: readonly FileEntry[], read: (entry: FileEntry) => string | null): { packages: PackageFacts; scripts: PackageScripts[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const manifests = files.filter((f) => path.posix.basename(f.path) === 'package.json');
  const lockfiles = files
    .flatMap((f) => {
      const kind = LOCKFILES.findIndex(([name]) => name === path.posix.basename(f.path));
      return kind === -1 ? [] : [{ entry: f, kind: LOCKFILES[kind]![1], rank: kind, dir: dirOf(f.path) }];
    })
    .sort((a, b) => depth(a.dir) - depth(b.dir) || a.rank - b.rank);
  const lookups = new Map<string, VersionLookup | null>();
  const lookupFor = (dir: string): { lookup: VersionLookup; relative: string } | null => {
    const covering = lockfiles.filter((l) => l.dir === '' || dir === l.dir || dir.startsWith(`${l.dir}/`));
    // The nearest folder's lockfile, of the preferred kind there.
    const lock = covering.find((l) => l.dir === covering.at(-1)?.dir);
    if (!lock) return null;
    if (!lookups.has(lock.entry.path)) {
      const source = lock.entry.size <= MAX_LOCKFILE_BYTES && !lock.entry.path.endsWith('.lockb') ? read(lock.entry) : null;
      lookups.set(lock.entry.path, source === null ? null : lockfileLookup(lock.kind, lock.entry.path, source));
    }
    const lookup = lookups.get(lock.entry.path);
    return lookup ? { lookup, relative: lock.dir ? dir.slice(lock.dir.length + 1) : dir } : null;
  };

  const dependencies: DependencyFact[] = [];
  const parsedManifests = manifests.flatMap((entry) => {
    const source = read(entry);
    if (source === null) return [];
    const parsed = parseDescriptorJson(entry.path, source);
    if ('diagnostic' in parsed) {
      diagnostics.push({ ...parsed.diagnostic, hint: 'Fix the JSON; its dependencies and workspaces were not read.' });
      return [];
    }
    const pkg = record(parsed.value);
    return pkg ? [{ entry, source, pkg }] : [];
  });
  // The app's own packages by name: a dependency on one is linked to its folder by the workspace or the path.
  const own = new Map<string, string>();
  for (const { entry, pkg } of parsedManifests) if (typeof pkg.name === 'string' && !own.has(pkg.name)) own.set(pkg.name, dirOf(entry.path));
  for (const { entry, source, pkg } of parsedManifests) {
    const locator = new YamlFile(entry.path, source.replace(/^\uFEFF/, ''));
    const installed = lookupFor(dirOf(entry.path));
    for (const [section, dev] of SECTIONS) {
      for (const [name, range] of Object.entries(record(pkg[section]) ?? {})) {
        const written = typeof range === 'string' ? range : null;
        const local = own.get(name);
        if (local !== undefined && local !== dirOf(entry.path)) {
          dependencies.push({ name, version: written, dev, evidence: locator.evidence([section, name]), local });
          continue;
        }
        const version = installed?.lookup(name, written, installed.relative) ?? written;
        dependencies.push({ name, version, dev, evidence: locator.evidence([section, name]) });
      }
    }
  }
  const scripts = parsedManifests.map(({ entry, pkg }) => ({
    file: entry.path,
    main: typeof pkg.main === 'string' ? pkg.main : null,
    scripts: Object.fromEntries(Object.entries(record(pkg.scripts) ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')),
  }));
  const main = lockfiles[0];
  return {
    packages: {
      manifests: manifests.map((m) => m.path),
      lockfile: main ? { kind: main.kind, file: main.entry.path } : null,
      dependencies,
    },
    scripts,
    diagnostics,
  };
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}
