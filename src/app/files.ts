import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Diagnostic } from '../scan/facts.ts';
import { printable } from '../utils/lines.ts';

export const SOURCE_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);
/** Source files larger than this are reported as huge and not parsed (bundles, generated code). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Folders that never hold the app's own source: dependencies, VCS data, build output, caches. */
const SKIPPED_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.output', '.vercel',
  '.netlify', 'coverage', '.cache', '.turbo', '.parcel-cache', '.forge', '.idea', '.vscode', 'bower_components',
  '.yarn', '.pnpm-store', '__snapshots__', '.candor', '.venv',
]);

/**
 * Other package managers' install folders, told by what is beside (`besides`) or in them (`holds`): Composer's `vendor/`
 * (a `composer.json` beside it, its `autoload.php` or `composer/` in it), Bundler's `vendor/bundle/` and a Python
 * virtualenv (its `pyvenv.cfg`). An app's own `vendor/` of copied browser libraries (`public/vendor/jquery.min.js`,
 * which its pages load) has none of these and is read.
 */
function installFolder(rel: string, besides: (name: string) => boolean, holds: (name: string) => boolean): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (name === 'vendor') return besides('composer.json') || holds('autoload.php') || holds('composer');
  if (name === 'bundle' && (rel === 'vendor/bundle' || rel.endsWith('/vendor/bundle'))) return true;
  return holds('pyvenv.cfg');
}

export interface FileEntry {
  /** Path relative to the app root, with `/` separators. */
  path: string;
  abs: string;
  size: number;
  source: boolean;
  /** Device, inode, size and modification and change times: while they stay the same, so do the bytes (as git takes them). */
  stamp?: string;
  /** When the file last changed (its status change time, ms), which no one sets by hand. */
  changedMs?: number;
}

export interface FileList {
  root: string;
  files: FileEntry[];
  diagnostics: Diagnostic[];
}

/**
 * Lists the app's files: honours `.gitignore` files at every level, skips dependencies and build
 * output, follows symbolic links once and reports loops; a link to a place outside the app folder is reported, not read.
 */
export function listFiles(root: string): FileList {
  const files: FileEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const absRoot = path.resolve(root);
  let realRoot = absRoot;
  try {
    realRoot = fs.realpathSync.native(absRoot);
  } catch {
    // The walk reports the folder unreadable.
  }

  const walk = (dir: string, rel: string, rules: Array<{ base: string; ig: Ignore }>, besides: fs.Dirent[]): void => {
    let real: string;
    try {
      real = fs.realpathSync.native(dir);
    } catch (error) {
      diagnostics.push(unreadable(rel || '.', error));
      return;
    }
    if (seen.has(real)) {
      diagnostics.push({
        severity: 'warning', code: 'symlink-loop', file: printable(rel) || '.',
        message: `${printable(rel) || '.'} leads back to a folder already scanned (${printable(path.relative(absRoot, real)) || '.'}); not followed again.`,
        hint: 'Remove the symbolic link or add it to .gitignore.',
      });
      return;
    }
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(rel || '.', error));
      return;
    }
    if (rel && installFolder(rel, (name) => besides.some((e) => e.name === name), (name) => entries.some((e) => e.name === name))) return;
    const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gitignore) {
      try {
        rules = [...rules, { base: rel, ig: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) }];
      } catch (error) {
        diagnostics.push(unreadable(join(rel, '.gitignore'), error));
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childRel = join(rel, entry.name);
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          const stat = fs.statSync(abs);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          diagnostics.push(code === 'ELOOP'
            ? { severity: 'warning', code: 'symlink-loop', file: printable(childRel), message: `${printable(childRel)} is a symbolic link that points to itself; skipped.` }
            : unreadable(childRel, error));
          continue;
        }
      }
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (ignored(rules, childRel, isDir)) continue;
      if (link && outside(realRoot, abs)) {
        diagnostics.push({
          severity: 'warning', code: 'symlink-outside', file: printable(childRel),
          message: `${printable(childRel)} is a symbolic link to a place outside the app folder; not read.`,
          hint: 'Scan the folder that holds both, or copy what the app needs into its folder.',
        });
        continue;
      }
      if (isDir) walk(abs, childRel, rules, entries);
      else if (isFile) {
        let stat: fs.Stats;
        try {
          stat = fs.statSync(abs);
        } catch (error) {
          diagnostics.push(unreadable(childRel, error));
          continue;
        }
        const source = SOURCE_EXTENSIONS.has(path.extname(entry.name)) && !entry.name.endsWith('.d.ts') && !/\.min\.[cm]?js$/.test(entry.name);
        const stamp = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
        // A name with control characters (an escape sequence, a line break) is shown escaped wherever it is printed.
        files.push({ path: printable(childRel), abs, size: stat.size, source, stamp, changedMs: stat.ctimeMs });
      }
    }
  };

  walk(absRoot, '', [], []);
  return { root: absRoot, files, diagnostics };
}

/** Whether the link at `abs` leads out of the app folder (`realRoot`, its links resolved). */
function outside(realRoot: string, abs: string): boolean {
  let target: string;
  try {
    target = fs.realpathSync.native(abs);
  } catch {
    return false;
  }
  const rel = path.relative(realRoot, target);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

function join(rel: string, name: string): string {
  return rel ? `${rel}/${name}` : name;
}

function ignored(rules: Array<{ base: string; ig: Ignore }>, rel: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const local = base ? rel.slice(base.length + 1) : rel;
    if (ig.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

/** Why the listing leaves out a file of the app folder: the `.gitignore` rule that ignores it, or the skipped folder it is in. */
export type LeftOut = { gitignore: string; line: number; pattern: string } | { folder: string };

/**
 * Why `listFiles` leaves out `rel` (a path in the app folder `root` that exists), as its walk decides: the first
 * skipped or ignored folder on the way, else the rule that ignores the file; null when it is listed.
 */
export function leftOut(root: string, rel: string): LeftOut | null {
  const parts = rel.split('/');
  const rules: Array<{ base: string; ig: Ignore; text: string }> = [];
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join('/');
    const at = join(base, '.gitignore');
    try {
      const text = fs.readFileSync(path.join(root, at), 'utf8');
      rules.push({ base, ig: ignore().add(text), text });
    } catch {
      // No .gitignore in this folder.
    }
    const here = parts.slice(0, i + 1).join('/');
    const isDir = i < parts.length - 1;
    if (isDir && (SKIPPED_DIRS.has(parts[i]!) || installFolder(here, (name) => fs.existsSync(path.join(root, base, name)), (name) => fs.existsSync(path.join(root, here, name))))) return { folder: here };
    for (const { base: from, ig, text } of rules) {
      const local = from ? here.slice(from.length + 1) : here;
      const rule = ig.checkIgnore(isDir ? `${local}/` : local).rule;
      if (!rule) continue;
      const line = text.split(/\r?\n/).findIndex((l) => l.trim() === rule.pattern.trim()) + 1;
      return { gitignore: join(from, '.gitignore'), line, pattern: rule.pattern };
    }
  }
  return null;
}

export function unreadable(name: string, error: unknown): Diagnostic {
  const err = error as NodeJS.ErrnoException;
  const file = printable(name);
  return { severity: 'warning', code: 'unreadable', file, message: `${file} could not be read (${err.code ?? err.message}); skipped.` };
}

/** True when the buffer looks binary (a NUL byte in the first 8 KiB). */
export function looksBinary(buffer: Uint8Array): boolean {
  const end = Math.min(buffer.length, 8192);
  for (let i = 0; i < end; i++) if (buffer[i] === 0) return true;
  return false;
}
