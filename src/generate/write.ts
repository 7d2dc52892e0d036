/**
 * Writes generated files so that a run never leaves a half-written set: every file goes to a
 * temporary name first, and only when all are written are they renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './files.ts';

export function writeFiles(out: string, files: readonly GeneratedFile[]): string {
  const dir = path.resolve(out);
  fs.mkdirSync(dir, { recursive: true });
  const staged: Array<[string, string]> = [];
  try {
    for (const file of files) {
      const target = path.join(dir, file.path);
      const temp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temp, file.content);
      staged.push([temp, target]);
    }
  } catch (error) {
    for (const [temp] of staged) fs.rmSync(temp, { force: true });
    throw error;
  }
  for (const [temp, target] of staged) fs.renameSync(temp, target);
  return dir;
}
