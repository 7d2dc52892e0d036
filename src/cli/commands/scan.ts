import fs from 'node:fs';
import { scan } from '../../scan/index.ts';
import { writeScanJson } from '../../render/scan-json.ts';
import { renderScanText } from '../../render/scan-text.ts';
import { colors } from '../color.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';
import { holdYoungGeneration } from '../../utils/young-generation.ts';

const FORMATS = ['text', 'json'] as const;

/** `candor scan <app-dir>`: prints the facts; exit 2 when there is no app to scan. */
export async function runScan(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const dir = positionals[0];
  if (!dir) throw new UsageError('scan needs the app folder: candor scan <app-dir>');
  const format = (values.format ?? 'text') as string;
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);

  const bar = progress('Scanning');
  const facts = await scan(dir, { onProgress: bar.update });
  bar.done();
  // Printed in pieces: a large app's JSON is megabytes, not to be held as one string beside the facts.
  holdYoungGeneration(() => {
    if (format === 'json') writeScanJson(facts, (text) => process.stdout.write(text));
    else process.stdout.write(renderScanText(facts, dir, colors(process.stdout)));
  });
  return facts.diagnostics.some((d) => d.code === 'no-app') ? 2 : 0;
}
