import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { asciify } from '../scripts/ascii-sources.ts';

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
  assert.deepEqual(found, [], 'node scripts/ascii-sources.ts rewrites them');
});

it('rewrites comments in ASCII and other characters of literals as escapes of the same value', () => {
  const source = "// a \u2014 b \u2192 c\nconst s = 'Z\u00fcrich \u{1f600}';\nconst r = /\u00e9t\u00e9/;\nconst t = String.raw`caf\u00e9`;\n";
  const ascii = asciify('x.ts', source);
  assert.ok([...ascii].every((c) => c.charCodeAt(0) < 0x80));
  assert.ok(ascii.startsWith('// a - b -> c\n'));
  const run = (code: string): unknown[] => new Function(`${code.replace(/^const (\w+) =/gm, 'var $1 =')}; return [s, r.source, new RegExp(t).test('caf\u00e9')];`)();
  const [s, r, matches] = run(ascii);
  assert.equal(s, 'Z\u00fcrich \u{1f600}');
  assert.ok(new RegExp(r as string).test('\u00e9t\u00e9'));
  assert.equal(matches, true);
});
