import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayNestDeeply } from '../../src/utils/nesting.ts';

test('deep brackets, ternaries, arrows and if ladders are flagged', () => {
  const n = 7000;
  assert.ok(mayNestDeeply(`x = ${'['.repeat(n)}1${']'.repeat(n)};`));
  assert.ok(mayNestDeeply(`x = ${'a ? '.repeat(n)}1${' : 2'.repeat(n)};`));
  assert.ok(mayNestDeeply(`f = ${'a => '.repeat(n)}1;`));
  assert.ok(mayNestDeeply(`if (a) {}${' else if (a) {}'.repeat(n)}`));
  assert.ok(mayNestDeeply(`${'if (a) '.repeat(n)}a;`));
});

test('ordinary code, however long, is not flagged, nor a file too short to nest dangerously deep', () => {
  assert.equal(mayNestDeeply(`x = ${'['.repeat(1500)}1${']'.repeat(1500)};`), false);
  const statement = "if (a == b && c !== d) { x = a?.b ?? c; } else { y = (z) => z === 1 ? [z] : { z }; }\n";
  assert.equal(mayNestDeeply(statement.repeat(2000)), false);
  assert.equal(mayNestDeeply('const s = "elsewhere iffy";\n'.repeat(5000)), false);
});

test('statements and expressions that nest without brackets are flagged: labels, else-if and do-while ladders, assignments, new, yield, JSX', () => {
  const n = 7000;
  assert.ok(mayNestDeeply(`function g() { ${Array.from({ length: n }, (_, i) => `l${i}:`).join(' ')} x(); }`));
  assert.ok(mayNestDeeply(`function k(a) { ${'if (a) x(); else '.repeat(n)}x(); }`));
  assert.ok(mayNestDeeply(`function d(a) { ${'do '.repeat(n)}x();${' while (a)'.repeat(n)} }`));
  assert.ok(mayNestDeeply(`let a; a = ${'a = '.repeat(n)}1;`));
  assert.ok(mayNestDeeply(`const q = ${'new '.repeat(n)}X;`));
  assert.ok(mayNestDeeply(`function* y() { ${'yield '.repeat(n)}x; }`));
  assert.ok(mayNestDeeply(`const j = ${'<a>'.repeat(n)}${'</a>'.repeat(n)};`));
});

test('wide code is not deep: large object literals, long comma sequences, many sibling JSX elements, many statements', () => {
  assert.equal(mayNestDeeply(`export const messages = {\n${Array.from({ length: 5000 }, (_, i) => `  key${i}: 'Text ${i}',`).join('\n')}\n};`), false);
  assert.equal(mayNestDeeply(`var ${Array.from({ length: 5000 }, (_, i) => `a${i}=b${i}?c:d`).join(',')};`), false);
  assert.equal(mayNestDeeply(`const page = <div>${'<p>text</p><br/>'.repeat(5000)}</div>;`), false);
  assert.equal(mayNestDeeply('let x = 1;\nx = x + 1;\nif (x) y(); else z();\n'.repeat(3000)), false);
});
