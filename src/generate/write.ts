/**
 * Writes generated files so that a run never leaves a half-written set: every file goes to a
 * temporary name first, and only when all are written are they renamed into place. A file already
 * there is replaced only when Candor wrote it and no one changed it since (the folder's
 * `.candor-files.json` keeps the hash of each file it wrote), or when the caller says to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentHash } from '../utils/content-hash.ts';

/** Files already in the output folder that Candor did not write, or that were edited since: nothing was written. */
export class OverwriteError extends Error {
  override name = 'OverwriteError';
  readonly files: string[];

  constructor(dir: string, files: string[]) {
    const shown = files.slice(0, 5).map((f) => path.join(dir, f));
    super(`${shown.join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''} already exist${files.length === 1 ? 's' : ''}, and Candor did not write ${files.length === 1 ? 'it' : 'them'} (or ${files.length === 1 ? 'it was' : 'they were'} edited since); nothing was written. Move ${files.length === 1 ? 'it' : 'them'} away, write to another folder, or pass --force to replace ${files.length === 1 ? 'it' : 'them'}.`);
    this.files = files;
  }
}

/** The record of the files Candor wrote in an output folder, by path: the hash of what it wrote. */
const RECORD = '.candor-files.json';

export function writeFiles(out: string, files: ReadonlyArray<{ path: string; content: string }>, { force = false } = {}): string {
  const dir = path.resolve(out);
  const record = readRecord(dir);
  const taken = force ? [] : files.filter((file) => {
    const current = readIfThere(path.join(dir, file.path));
    return current !== null && current !== file.content && record[file.path] !== contentHash(Buffer.from(current));
  });
  if (taken.length > 0) throw new OverwriteError(out, taken.map((f) => f.path));
  fs.mkdirSync(dir, { recursive: true });
  const staged: Array<[string, string]> = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file.path);
      const temp = `${target}.${process.pid}.tmp`;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(temp, file.content);
      staged.push([temp, target]);
    }
  } catch (error) {
    for (const [temp] of staged) fs.rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of staged) fs.renameSync(temp, target);
  for (const file of files) record[file.path] = contentHash(Buffer.from(file.content));
  fs.writeFileSync(path.join(dir, RECORD), `${JSON.stringify(record, null, 2)}\n`);
  return dir;
}

function readRecord(dir: string): Record<string, string> {
  const text = readIfThere(path.join(dir, RECORD));
  if (text === null) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as Record<string, string> : {};
  } catch {
    // A damaged record vouches for nothing: every file already there counts as the user's.
    return {};
  }
}

function readIfThere(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
