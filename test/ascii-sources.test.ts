import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const SRC = path.join(import.meta.dirname, '../src');

// V8 keeps a module with any other character as a two-byte string, and Node converts each such module to UTF-8 again to
// key its compile cache: about 80 M instructions at every start. Write "->" and "..." in comments, "\u2014" in strings.
it('keeps the TypeScript sources ASCII-only', () => {
  const found: string[] = [];
  for (const rel of fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.ts')) continue;
    const bytes = fs.readFileSync(path.join(SRC, rel));
    const at = bytes.findIndex((b) => b >= 0x80);
    if (at >= 0) found.push(`src/${rel.split(path.sep).join('/')}:${bytes.subarray(0, at).toString('latin1').split('\n').length}`);
  }
  assert.deepEqual(found, []);
});
