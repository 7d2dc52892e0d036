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
