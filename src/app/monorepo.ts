import fs from 'node:fs';
import path from 'node:path';
import { yamlLib } from '../utils/yaml.ts';

/** How far up an app folder the monorepo's root may be (`apps/jira/dispatcher` is three below it). */
const MAX_LEVELS = 4;
/** More workspace packages than any monorepo of apps has. */
const MAX_PACKAGES = 300;

/**
 * The packages of the monorepo an app folder is part of that lie outside the folder, by name: the workspaces of the
 * nearest folder above it whose package.json lists `workspaces` (npm, Yarn) or that has a pnpm-workspace.yaml. A
 * dependency on one of them (`"forge-ahead": "^0.3.0"`) is code the app takes from outside its folder, whatever
 * version range it names. Reads only package.json and pnpm-workspace.yaml files; never throws.
 */
export function outsideWorkspacePackages(root: string): Set<string> {
  const out = new Set<string>();
  const app = path.resolve(root);
  let dir = app;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
    const patterns = workspacePatterns(dir);
    if (patterns === null) continue;
    for (const folder of expand(dir, patterns)) {
      if (folder === app || folder.startsWith(`${app}${path.sep}`)) continue;
      const name = packageName(path.join(folder, 'package.json'));
      if (name !== null) out.add(name);
      if (out.size >= MAX_PACKAGES) break;
    }
    break;
  }
  return out;
}

/** The workspace globs of a monorepo's root folder, or null when it is none. */
function workspacePatterns(dir: string): string[] | null {
  const pkg = readJson(path.join(dir, 'package.json'));
  const workspaces = pkg?.workspaces;
  const listed = Array.isArray(workspaces) ? workspaces : Array.isArray((workspaces as { packages?: unknown })?.packages) ? (workspaces as { packages: unknown[] }).packages : null;
  if (listed) return listed.filter((p): p is string => typeof p === 'string');
  const pnpm = readText(path.join(dir, 'pnpm-workspace.yaml'));
  if (pnpm === null) return null;
  try {
    const packages = (yamlLib().parse(pnpm) as { packages?: unknown } | null)?.packages;
    return Array.isArray(packages) ? packages.filter((p): p is string => typeof p === 'string') : null;
  } catch {
    return null;
  }
}

/** The folders a workspace's globs name: `packages/*` and `packages/**` (one level), and plain folders; exclusions (`!...`) left out. */
function expand(dir: string, patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const clean = pattern.replace(/\/+$/, '').replace(/\/\*\*?$/, '/*');
    if (!clean.endsWith('/*')) {
      if (!clean.includes('*')) out.push(path.resolve(dir, clean));
      continue;
    }
    const base = path.resolve(dir, clean.slice(0, -2));
    if (base.includes('*')) continue;
    try {
      for (const entry of fs.readdirSync(base, { withFileTypes: true })) if (entry.isDirectory() && entry.name !== 'node_modules') out.push(path.join(base, entry.name));
    } catch {
      // A glob that names no folder.
    }
  }
  return out.slice(0, MAX_PACKAGES);
}

function packageName(file: string): string | null {
  const name = readJson(file)?.name;
  return typeof name === 'string' && name !== '' ? name : null;
}

function readJson(file: string): Record<string, unknown> | null {
  const text = readText(file);
  if (text === null) return null;
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() && stat.size <= 1024 * 1024 ? fs.readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}
