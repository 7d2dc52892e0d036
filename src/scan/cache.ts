import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { MAX_SOURCE_BYTES } from '../app/files.ts';
import type { Analysed } from './source/pool.ts';
import { decodeResult, encodeResult } from './source/result-codec.ts';
import type { Task } from './source/worker-task.ts';
import { contentHash } from '../utils/content-hash.ts';
import { VERSION } from '../version.ts';

/**
 * What one file's analysis gives depends only on the file (path, side, bytes), the app's module
 * aliases and Candor's own code. So an unchanged file is not analysed again: its result is kept in
 * the user's cache folder, one folder per app, keyed by a hash of all of these.
 */
export interface AnalysisCache {
  /** The result kept for the task as its file is now, or null. */
  get(task: Task): Analysed | null;
  /** Keeps a fresh result of a task run with `hash`, under the bytes it analysed. Call before the scan changes it. */
  set(task: Task, result: Analysed): void;
  /** A value kept beside the results under a name and a key (the manifest's schema issues), or null. */
  recall(name: string, key: string): string | null;
  /** Keeps a value till a scan does not ask for it. */
  remember(name: string, key: string, value: string): void;
  /** Writes the results and values of this scan (only those), when anything changed. Never throws. */
  save(): void;
  /** The hash of a file's bytes as this scan took them (read, or known from an unchanged stamp), by path. */
  hashOf(file: string): string | undefined;
}

interface Stored {
  fingerprint: string;
  /** Each result as `encodeResult` writes it. */
  entries: Map<string, string>;
}

/** App caches unused for this long are removed, and no more than this many are kept. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const MAX_FILES = 200;
const SUFFIX = '.candor-cache';
/**
 * An app's cache is a folder of this many parts, a file's results always in the same part: a push that
 * changes one file rewrites one part or two, not every result of a large app.
 */
const PARTS = 32;
/**
 * A file changed this recently may change again within the same tick of its file system's clock,
 * leaving its stamp as it was: its hash is not kept under its stamp (git's "racy" files).
 */
const RACY_MS = 3000;

/** The folder caches go to: `CANDOR_CACHE_DIR`, else `$XDG_CACHE_HOME/candor`, else `~/.cache/candor`. */
export function defaultCacheDir(): string {
  if (process.env.CANDOR_CACHE_DIR) return path.resolve(process.env.CANDOR_CACHE_DIR);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'candor');
}

/** Whether the environment turns the cache off (`CANDOR_CACHE=off`, `0` or `false`). */
export function cacheDisabledByEnv(): boolean {
  return ['off', '0', 'false', 'no'].includes((process.env.CANDOR_CACHE ?? '').toLowerCase());
}

/** `now`: the time files changed before are taken as settled (see `RACY_MS`); tests set it. */
export function openCache(dir: string, root: string, now = Date.now()): AnalysisCache {
  const folder = path.join(dir, `${sha(path.resolve(root)).slice(0, 24)}${SUFFIX}`);
  const fingerprint = codeFingerprint();
  const parts = Array.from({ length: PARTS }, (_, i) => ({
    file: path.join(folder, i.toString(16).padStart(2, '0')),
    stored: new Map<string, string>(),
    used: new Map<string, string>(),
    changed: false,
  }));
  for (const part of parts) part.stored = load(part.file, fingerprint);
  const hashes = new Map<string, string>();
  /** The hash of a task's file: kept under its stamp when that has not changed, else read (and kept when settled). */
  const hashNow = (task: Task, part: (typeof parts)[number]): string | null => {
    if (task.size > MAX_SOURCE_BYTES) return null;
    const at = `\0stamp\0${task.path}`;
    const kept = task.stamp ? part.stored.get(at) : undefined;
    if (kept?.startsWith(`${task.stamp}\0`)) {
      part.used.set(at, kept);
      return kept.slice(task.stamp!.length + 1);
    }
    const hash = currentHash(task);
    if (hash !== null && task.stamp && task.changedMs !== undefined && task.changedMs < now - RACY_MS) {
      part.used.set(at, `${task.stamp}\0${hash}`);
      part.changed = true;
    }
    return hash;
  };
  return {
    get(task) {
      const part = parts[partOf(task.path)]!;
      const hash = hashNow(task, part);
      if (hash === null) return null;
      hashes.set(task.path, hash);
      const key = keyOf(task, hash);
      const text = part.stored.get(key);
      if (!text) return null;
      try {
        const result = decodeResult(text) as Analysed;
        part.used.set(key, text);
        return result;
      } catch {
        return null;
      }
    },
    set(task, result) {
      if (result.contentHash === undefined) return;
      hashes.set(task.path, result.contentHash);
      const part = parts[partOf(task.path)]!;
      part.used.set(keyOf(task, result.contentHash), encodeResult(result));
      part.changed = true;
    },
    recall(name, key) {
      const part = parts[partOf(name)]!;
      const at = memoKey(name, key);
      const text = part.stored.get(at);
      if (text !== undefined) part.used.set(at, text);
      return text ?? null;
    },
    remember(name, key, value) {
      const part = parts[partOf(name)]!;
      part.used.set(memoKey(name, key), value);
      part.changed = true;
    },
    save() {
      try {
        // A part is written again when it gained a result or holds one this scan did not use.
        const stale = parts.filter((p) => p.changed || p.used.size !== p.stored.size);
        if (stale.length === 0) {
          // Read only: mark the cache as used, so pruning keeps it.
          const now = new Date();
          fs.utimesSync(folder, now, now);
          return;
        }
        // Excerpts of the app's code are kept: for its user's eyes only.
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        for (const part of stale) {
          if (part.used.size === 0) {
            fs.rmSync(part.file, { force: true });
            continue;
          }
          const tmp = `${part.file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
          fs.writeFileSync(tmp, v8.serialize({ fingerprint, entries: part.used } satisfies Stored), { mode: 0o600 });
          fs.renameSync(tmp, part.file);
        }
        prune(dir, folder);
      } catch {
        // A cache that cannot be written only makes the next scan slower.
      }
    },
    hashOf: (file) => hashes.get(file),
  };
}

/** Values are kept under keys no file's result has (those begin with the task's kind). */
function memoKey(name: string, key: string): string {
  return `\0${name}\0${sha(key)}`;
}

/** The part of an app's cache that holds a file's results: from its path, so its results old and new share one. */
function partOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % PARTS;
}

/**
 * Runs the tasks whose results are not in the cache and keeps their results (`cache.save()` writes
 * them). Results keep the order of the tasks; `cached` counts the source files whose analysis came
 * from the cache.
 */
export async function runTasksCached(tasks: Task[], cache: AnalysisCache, onProgress?: (done: number, total: number) => void): Promise<{ results: Analysed[]; cached: number }> {
  const results: Array<Analysed | null> = [];
  const missing: number[] = [];
  tasks.forEach((task, at) => {
    const result = cache.get(task);
    results.push(result);
    if (!result) missing.push(at);
  });
  const hits = tasks.length - missing.length;
  const cached = results.filter((r) => r?.kind === 'source').length;
  if (hits > 0) onProgress?.(hits, tasks.length);
  if (missing.length === 0) return { results: results as Analysed[], cached };
  // The analysis is loaded only when a file needs it. The key is the hash of the bytes analysed, not of those read above: a file may change meanwhile.
  const { runTasks } = await import('./source/pool.ts');
  const fresh = await runTasks(missing.map((at) => ({ ...tasks[at]!, hash: true })), onProgress && ((done) => onProgress(hits + done, tasks.length)));
  missing.forEach((at, i) => {
    results[at] = fresh[i]!;
    cache.set(tasks[at]!, fresh[i]!);
  });
  return { results: results as Analysed[], cached };
}

function load(file: string, fingerprint: string): Map<string, string> {
  try {
    const stored = v8.deserialize(fs.readFileSync(file)) as Stored;
    if (stored.fingerprint === fingerprint && stored.entries instanceof Map) return stored.entries;
  } catch {
    // Missing, unreadable, truncated or from another version: start afresh.
  }
  return new Map();
}

/** The hash of the task's file as it is now; null when it cannot be read. */
function currentHash(task: Task): string | null {
  try {
    return contentHash(fs.readFileSync(task.abs));
  } catch {
    return null;
  }
}

/** The key of a task's result: all that the analysis of a file depends on besides Candor's code. */
function keyOf(task: Task, hash: string): string {
  return `${task.kind}${task.markup ? ' markup' : ''}${task.forge ? ' forge' : ''}${task.appFolder ? ` app:${task.appFolder}` : ''}\0${task.side}\0${task.path}\0${(task.appModules ?? []).join('\n')}\0${hash}`;
}

let fingerprintMemo: string | undefined;

/**
 * Candor's version, its parser's and the Node.js that runs it; in a checkout of Candor's repository,
 * where the code changes without a new version, also the names, sizes and times of its code files.
 */
function codeFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const hash = crypto.createHash('sha256');
  const parser = (createRequire(import.meta.url)('oxc-parser/package.json') as { version: string }).version;
  hash.update(`candor ${VERSION} oxc-parser ${parser} ${process.version} ${process.arch}\n`);
  const codeRoot = path.resolve(import.meta.dirname, '..');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) {
        const stat = fs.statSync(abs);
        hash.update(`${path.relative(codeRoot, abs)} ${stat.size} ${stat.mtimeMs}\n`);
      }
    }
  };
  if (!codeRoot.split(path.sep).includes('node_modules')) walk(codeRoot);
  return (fingerprintMemo = hash.digest('base64'));
}

/**
 * Removes app caches unused for a month, and the oldest beyond the first 200; and its own writes left
 * over an hour, in the app's folder and from earlier versions, which kept an app's cache in one file.
 */
function prune(dir: string, keep: string): void {
  const now = Date.now();
  const own = (name: string): boolean => name.endsWith(SUFFIX) || (name.includes(`${SUFFIX}.`) && name.endsWith('.tmp'));
  const entries = (at: string, which: (name: string) => boolean) => fs.readdirSync(at)
    .filter(which)
    .flatMap((name) => {
      const abs = path.join(at, name);
      try {
        return abs === keep ? [] : [{ abs, at: fs.statSync(abs).mtimeMs }];
      } catch {
        return [];
      }
    });
  const writes = [...entries(dir, own), ...entries(keep, (name) => name.endsWith('.tmp'))].filter((c) => c.abs.endsWith('.tmp'));
  for (const c of writes) if (now - c.at > 3600_000) fs.rmSync(c.abs, { force: true });
  entries(dir, (name) => name.endsWith(SUFFIX)).sort((a, b) => b.at - a.at).forEach((c, i) => {
    if (i >= MAX_FILES - 1 || now - c.at > MAX_AGE_MS) fs.rmSync(c.abs, { recursive: true, force: true });
  });
}

function sha(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}
