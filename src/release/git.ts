/** The little git a release review needs, through the `git` command (no library). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CommitInfo {
  sha: string;
  short: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** The app folder had uncommitted changes when the snapshot was taken. */
  dirty: boolean;
  /** The ref the snapshot was taken from, when it was one (`v1.2.0`, `main`). */
  ref?: string;
}

/** A git failure; the message quotes git's own. */
export class GitError extends Error {
  override name = 'GitError';
}

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) return { ok: false, out: '', err: r.error.message };
  return { ok: r.status === 0, out: r.stdout.trim(), err: r.stderr.trim() };
}

/** The commit checked out in the repository holding `dir`, or null outside git. */
export function gitCommitOf(dir: string): CommitInfo | null {
  const head = git(dir, ['log', '-1', '--format=%H%n%h%n%cI', 'HEAD']);
  if (!head.ok || !head.out) return null;
  const [sha, short, date] = head.out.split('\n') as [string, string, string];
  const status = git(dir, ['status', '--porcelain', '--', '.']);
  return { sha, short, date, dirty: status.ok && status.out.length > 0 };
}

/**
 * Extracts the app folder `appDir` as of `ref` into a temporary folder (`git archive` of the
 * sub-tree, so the repository and its work tree are never touched). Call `cleanup` when done.
 */
export function checkoutRef(appDir: string, ref: string): { dir: string; commit: CommitInfo; cleanup: () => void } {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref`);
  const top = git(appDir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new GitError(`${appDir} is not in a git repository, so "${ref}" cannot be read as a git ref (${top.err})`);
  const prefix = git(appDir, ['rev-parse', '--show-prefix']).out;
  const info = git(appDir, ['log', '-1', '--format=%H%n%h%n%cI', `${ref}^{commit}`, '--']);
  if (!info.ok || !info.out) throw new GitError(`"${ref}" is neither a snapshot file nor a git ref of ${top.out}`);
  const [sha, short, date] = info.out.split('\n') as [string, string, string];

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-ref-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const tar = path.join(tmp, 'tree.tar');
    const dir = path.join(tmp, 'app');
    fs.mkdirSync(dir);
    const archive = git(top.out, ['archive', '--format=tar', '-o', tar, `${sha}:${prefix}`]);
    if (!archive.ok) throw new GitError(`git archive ${ref}:${prefix} failed: ${archive.err}`);
    const untar = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
    if (untar.status !== 0) throw new GitError(`cannot unpack ${ref}: ${untar.stderr || untar.error?.message}`);
    fs.rmSync(tar);
    return { dir, commit: { sha, short, date, dirty: false, ref }, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
