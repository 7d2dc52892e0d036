import fs from 'node:fs';
import { DOCUMENT_KINDS, FORMATS, generate, GenerateError, OverwriteError } from '../../generate/index.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';

/**
 * `candor generate <app-dir> --out DIR [--format ...] [--only ...]`: writes the documents; exit 2 when
 * the profile lacks a value a document needs (every such field is listed) or a document would not
 * be true, and then nothing is written.
 */
export async function runGenerate(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const dir = positionals[0];
  if (!dir) throw new UsageError('generate needs the app folder: candor generate <app-dir> --out DIR');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError('generate needs a folder to write to: --out DIR');
  const formats = list(values.format, FORMATS, '--format');
  const documents = list(values.only, DOCUMENT_KINDS, '--only');

  const bar = progress('Scanning');
  try {
    const result = await generate(dir, {
      out, formats, documents, onProgress: bar.update, force: values.force === true,
      ...(typeof values.profile === 'string' ? { profile: values.profile } : {}),
    });
    bar.done();
    const n = result.files.length;
    process.stdout.write(n === 0 ? `Nothing to write to ${out}.\n` : `Wrote ${n} file${n === 1 ? '' : 's'} to ${out}:\n${result.files.map((f) => `  ${f.path}`).join('\n')}\n`);
    for (const s of result.skipped) process.stdout.write(`Skipped the ${s.document} document: ${s.reason}.\n`);
    return 0;
  } catch (error) {
    bar.done();
    if (error instanceof OverwriteError) {
      process.stderr.write(`candor: ${error.message}\n`);
      return 2;
    }
    if (!(error instanceof GenerateError)) throw error;
    process.stderr.write(`candor: ${error.report()}\n`);
    return 2;
  }
}

function list<T extends string>(value: unknown, allowed: readonly T[], flag: string): T[] {
  if (value === undefined) return [...allowed];
  const items = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (unknown.length > 0 || items.length === 0) throw new UsageError(`${flag} takes a comma-separated list of ${allowed.join(', ')}${unknown.length > 0 ? `; not ${unknown.join(', ')}` : ''}`);
  return items as T[];
}

