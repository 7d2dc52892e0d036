import fs from 'node:fs';
import { checkoutRef } from './git.ts';
import { readSnapshot, takeSnapshot, type Snapshot } from './snapshot.ts';

export interface ResolveOptions {
  /** The app folder, for git refs: its repository and its path inside it. */
  app: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * One side of a diff: a snapshot file, an app folder (scanned as it is now), or a git ref of the
 * app's repository (the app folder at that commit, extracted to a temporary folder and scanned).
 */
export async function resolveVersion(arg: string, options: ResolveOptions): Promise<Snapshot> {
  const stat = fs.statSync(arg, { throwIfNoEntry: false });
  if (stat?.isFile()) return readSnapshot(arg);
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  if (stat?.isDirectory()) return takeSnapshot(arg, { version: arg, ...progress });
  const ref = checkoutRef(options.app, arg);
  try {
    return await takeSnapshot(ref.dir, { version: arg, commit: ref.commit, cache: false, ...progress });
  } finally {
    ref.cleanup();
  }
}
