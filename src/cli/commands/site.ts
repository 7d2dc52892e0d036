import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../site/build.ts';
import { OverwriteError } from '../../generate/write.ts';
import { UsageError } from '../errors.ts';

/** `candor site <app-dir>... --out DIR`: writes the static trust center; warnings (missing profile fields) go to stderr. */
export async function runSite(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  if (positionals.length === 0) throw new UsageError('site needs at least one app folder: candor site <app-dir>... --out DIR');
  const out = values.out;
  if (typeof out !== 'string' || !out) throw new UsageError('site needs --out DIR, the folder to write the site to');
  for (const dir of positionals) if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  if (positionals.some((dir) => path.resolve(out) === path.resolve(dir))) throw new UsageError('--out must not be an app folder');

  let result;
  try {
    result = await buildSite(positionals, { out, force: values.force === true });
  } catch (error) {
    if (!(error instanceof OverwriteError)) throw error;
    process.stderr.write(`candor: ${error.message}\n`);
    return 2;
  }
  for (const warning of result.warnings) process.stderr.write(`candor: warning: ${warning}\n`);
  for (const app of result.apps) process.stdout.write(`${app.name}: ${path.join(out, 'apps', app.slug, 'index.html')}\n`);
  process.stdout.write(`Wrote ${result.files.length} files to ${out}; open ${path.join(out, 'index.html')}\n`);
  return 0;
}
