/**
 * A release snapshot: the facts of one version of an app, saved so a later version can be
 * compared with it (`candor diff`) and the trust center can show a change history. Volatile
 * fields (scan duration) are left out, so two scans of the same code give the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Facts } from '../scan/facts.ts';
import { scan } from '../scan/index.ts';
import { gitCommitOf, type CommitInfo } from './git.ts';

export const SNAPSHOT_FORMAT = 'candor-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;
/** Where snapshots live, relative to the app folder. */
export const SNAPSHOT_DIR = '.candor/snapshots';

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: typeof SNAPSHOT_FORMAT_VERSION;
  version: string;
  /** ISO 8601 date and time the snapshot was taken. */
  date: string;
  commit: CommitInfo | null;
  facts: Facts;
}

export interface SnapshotOptions {
  /** Defaults to the app's package.json version, then the short git commit. */
  version?: string;
  date?: Date;
  /** The commit the folder holds; read from git by default. */
  commit?: CommitInfo | null;
  onProgress?: (done: number, total: number) => void;
  /** The scan's analysis cache (see `ScanOptions.cache`); a git ref's temporary checkout has none. */
  cache?: false;
}

/** A problem with a snapshot file or with finding a version: its message names the file and the fix. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Scans `appDir` and returns its snapshot (not written). */
export async function takeSnapshot(appDir: string, options: SnapshotOptions = {}): Promise<Snapshot> {
  const facts = await scan(appDir, { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.cache === false ? { cache: false } : {}) });
  const commit = options.commit === undefined ? gitCommitOf(appDir) : options.commit;
  const version = options.version ?? packageVersion(appDir) ?? commit?.short;
  if (!version) {
    throw new SnapshotError(`no version for ${appDir}: it has no package.json version and is not in a git repository; pass --version`);
  }
  return makeSnapshot(facts, { version, date: options.date ?? new Date(), commit });
}

export function makeSnapshot(facts: Facts, meta: { version: string; date: Date; commit: CommitInfo | null }): Snapshot {
  return {
    format: SNAPSHOT_FORMAT, formatVersion: SNAPSHOT_FORMAT_VERSION,
    version: meta.version, date: meta.date.toISOString(), commit: meta.commit,
    facts: stableFacts(facts),
  };
}

/**
 * The facts without what changes from run to run of the same code, and without what the scan
 * read from Candor's own snapshots (their excerpts are code already scanned).
 */
export function stableFacts(facts: Facts): Facts {
  const own = (file: string) => file === SNAPSHOT_DIR || file.startsWith(`${SNAPSHOT_DIR}/`);
  return {
    ...facts,
    secrets: facts.secrets.filter((s) => !own(s.evidence.file)),
    diagnostics: facts.diagnostics.filter((d) => !own(d.file)),
    stats: { ...facts.stats, cached: 0, durationMs: 0 },
  };
}

/** `<app>/.candor/snapshots/<version>.json`, the version made safe for a file name. */
export function snapshotPath(appDir: string, version: string): string {
  return path.join(appDir, SNAPSHOT_DIR, `${version.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+/, '_')}.json`);
}

export function writeSnapshot(file: string, snapshot: Snapshot): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}

/** Reads and checks a snapshot file; throws `SnapshotError` naming the file. */
export function readSnapshot(file: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SnapshotError(`${file} cannot be read as JSON: ${(error as Error).message}`);
  }
  const s = data as Partial<Snapshot> | null;
  if (!s || typeof s !== 'object' || s.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`${file} is not a Candor snapshot (no "format": "${SNAPSHOT_FORMAT}"); write one with candor snapshot`);
  }
  if (s.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotError(`${file} has snapshot format ${String(s.formatVersion)}; this Candor reads format ${SNAPSHOT_FORMAT_VERSION}`);
  }
  if (typeof s.version !== 'string' || typeof s.date !== 'string' || !s.facts || typeof s.facts !== 'object' || !s.facts.app) {
    throw new SnapshotError(`${file} lacks version, date or facts; write it again with candor snapshot`);
  }
  return s as Snapshot;
}

/** The snapshots in `<app>/.candor/snapshots/`, oldest first (by commit date, else snapshot date); unreadable files are returned as errors. */
export function listSnapshots(appDir: string): { snapshots: Snapshot[]; errors: SnapshotError[] } {
  const dir = path.join(appDir, SNAPSHOT_DIR);
  const snapshots: Snapshot[] = [];
  const errors: SnapshotError[] = [];
  if (!fs.existsSync(dir)) return { snapshots, errors };
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      snapshots.push(readSnapshot(path.join(dir, name)));
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      errors.push(error);
    }
  }
  // A snapshot taken later of an older commit (back-filled history) sorts by its commit.
  const when = (s: Snapshot) => Date.parse(s.commit?.date ?? s.date);
  snapshots.sort((a, b) => when(a) - when(b) || compareVersions(a.version, b.version));
  return { snapshots, errors };
}

/** Numeric-aware version order (1.10.0 after 1.9.0). */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function packageVersion(appDir: string): string | undefined {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' && pkg.version.trim() ? pkg.version.trim() : undefined;
  } catch {
    return undefined;
  }
}
