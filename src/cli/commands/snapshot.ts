import fs from 'node:fs';
import path from 'node:path';
import { SnapshotError, snapshotPath, takeSnapshot, writeSnapshot } from '../../release/snapshot.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';

/** `candor snapshot <app-dir> [--version V] [--out FILE]`: saves the facts of this version for release reviews. */
export async function runSnapshot(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const dir = positionals[0];
  if (!dir) throw new UsageError('snapshot needs the app folder: candor snapshot <app-dir> [--version V] [--out FILE]');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const version = typeof values.version === 'string' ? values.version.trim() : undefined;
  if (version === '') throw new UsageError('--version must not be empty');

  const bar = progress('Scanning');
  let snapshot;
  try {
    snapshot = await takeSnapshot(dir, { ...(version ? { version } : {}), onProgress: bar.update });
  } catch (error) {
    if (error instanceof SnapshotError) throw new UsageError(error.message);
    throw error;
  } finally {
    bar.done();
  }
  if (snapshot.facts.diagnostics.some((d) => d.code === 'no-app')) {
    process.stderr.write(`candor: ${dir} holds no Forge manifest or Connect descriptor; no snapshot written\n`);
    return 2;
  }
  const out = typeof values.out === 'string' ? values.out : snapshotPath(dir, snapshot.version);
  const replaced = fs.existsSync(out);
  writeSnapshot(out, snapshot);
  const commit = snapshot.commit ? `, commit ${snapshot.commit.short}${snapshot.commit.dirty ? ' with uncommitted changes' : ''}` : '';
  process.stdout.write(`${replaced ? 'Replaced' : 'Wrote'} ${path.relative(process.cwd(), out) || out}: version ${snapshot.version}${commit}\n`);
  return 0;
}
