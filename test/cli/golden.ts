import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-cli.ts';

/** Compares with `test/golden/<name>`; UPDATE_GOLDEN=1 rewrites it, to be reviewed in the diff. */
export function golden(name: string, actual: string): void {
  const file = path.join(ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs; run with UPDATE_GOLDEN=1 and review the diff`);
}
