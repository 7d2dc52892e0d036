import fs from 'node:fs';
import { draftProfile, writeDraftProfile } from '../../profile/init.ts';
import { scan } from '../../scan/index.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';

/** `candor init <app-dir>`: drafts candor.yaml from the scan; never overwrites an existing profile. */
export async function runInit(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const dir = positionals[0];
  if (!dir) throw new UsageError('init needs the app folder: candor init <app-dir>');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const bar = progress('Scanning');
  const facts = await scan(dir, { onProgress: bar.update });
  bar.done();
  if (facts.diagnostics.some((d) => d.code === 'no-app')) {
    process.stderr.write(`candor: no Forge manifest or Connect descriptor in ${dir}; nothing to draft a profile for.\n`);
    return 2;
  }
  if (values.print) {
    process.stdout.write(draftProfile(facts));
    return 0;
  }
  const result = writeDraftProfile(dir, facts);
  if (!result.written) {
    process.stderr.write(`candor: ${result.message}\n`);
    return 1;
  }
  process.stdout.write(`Wrote ${result.file} in ${dir}. Fill in every TODO; \`candor check ${dir}\` lists what is left.\n`);
  return 0;
}
