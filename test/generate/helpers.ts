import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateFrom, type GenerateOptions, type GenerateResult } from '../../src/generate/index.ts';
import { loadProfile } from '../../src/profile/load.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scan } from '../../src/scan/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const FIXTURES = path.join(ROOT, 'test/fixtures/generate');
/** Every generated document carries this date, so outputs compare byte for byte. */
export const DATE = '2026-04-21';

const scans = new Map<string, Promise<Facts>>();

/** Scans an app once per test file. */
export function factsOf(dir: string): Promise<Facts> {
  let facts = scans.get(dir);
  if (!facts) scans.set(dir, (facts = scan(dir)));
  return facts;
}

export async function generateIn(dir: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  return generateFrom(await factsOf(dir), loadProfile(dir, options.profile), { date: DATE, ...options, dir });
}

const temps: string[] = [];
process.on('exit', () => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temp folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `candor-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function fileOf(result: GenerateResult, name: string): string {
  const file = result.files.find((f) => f.path === name);
  if (!file) throw new Error(`no ${name} among ${result.files.map((f) => f.path).join(', ')}`);
  return file.content;
}
