/**
 * Writes generated files so that a run never leaves a half-written set: every file goes to a
 * temporary name first, and only when all are written are they renamed into place. A file already
 * there is replaced only when Candor wrote it and no one changed it since (the folder's
 * `.candor-files.json` keeps the hash of each file it wrote), or when the caller says to. In a folder
 * with no record (an older Candor kept none), a file of the name Candor writes that carries its mark is Candor's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { carriesGeneratedMark } from '../render/generated-mark.ts';
import { contentHash } from '../utils/content-hash.ts';

/** The record of the files Candor wrote in an output folder, by path: the hash of what it wrote. */
const RECORD = '.candor-files.json';

/** Files already in the output folder that Candor did not write, or that were edited since: nothing was written. */
export class OverwriteError extends Error {
  override name = 'OverwriteError';
  readonly files: string[];

  constructor(dir: string, files: string[], unrecorded = false) {
    const shown = files.slice(0, 5).map((f) => path.join(dir, f));
    const [it, was] = files.length === 1 ? ['it', 'it was'] : ['them', 'they were'];
    const cause = unrecorded ? ` Written by an older Candor, which kept no ${RECORD}? Check ${it} and pass --force once.` : '';
    super(`${shown.join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''} already exist${files.length === 1 ? 's' : ''}, and Candor did not write ${it} (or ${was} edited since); nothing was written.${cause} Move ${it} away, write to another folder, or pass --force to replace ${it}.`);
    this.files = files;
  }
}

export function writeFiles(out: string, files: ReadonlyArray<{ path: string; content: string }>, { force = false } = {}): string {
  const dir = path.resolve(out);
  const kept = readRecord(dir);
  const record = kept ?? {};
  const taken = force ? [] : files.filter((file) => {
    const current = readIfThere(path.join(dir, file.path));
    if (current === null || current === file.content) return false;
    return kept === null ? !carriesGeneratedMark(current) : record[file.path] !== contentHash(Buffer.from(current));
  });
  if (taken.length > 0) throw new OverwriteError(out, taken.map((f) => f.path), kept === null);
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

/** The folder's record; null when it has none. */
function readRecord(dir: string): Record<string, string> | null {
  const text = readIfThere(path.join(dir, RECORD));
  if (text === null) return null;
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
