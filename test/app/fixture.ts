import fs from 'node:fs';
import path from 'node:path';
import type { Evidence } from '../../src/scan/facts.ts';
import { listFiles } from '../../src/app/files.ts';
import { readApp, type ReadAppResult } from '../../src/app/read-app.ts';

export const FIXTURES = path.join(import.meta.dirname, '../fixtures/app');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixtureText(name: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, name, file), 'utf8');
}

export async function readFixture(name: string): Promise<ReadAppResult> {
  const root = fixturePath(name);
  return readApp(root, listFiles(root).files);
}

/** `file:line` of a piece of evidence, for short literal expectations. */
export function at(evidence: Evidence | null | undefined): string | null {
  return evidence ? `${evidence.file}:${evidence.line}` : null;
}
