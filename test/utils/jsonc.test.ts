import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonc } from '../../src/utils/jsonc.ts';

describe('parseJsonc', () => {
  it('reads JSON with comments and trailing commas', () => {
    assert.deepEqual(parseJsonc('{\n  // line\n  "a": [1, -2.5, "x",], /* block */ "b": { "c": null, "d": true, },\n}'), { a: [1, -2.5, 'x'], b: { c: null, d: true } });
    assert.deepEqual(parseJsonc('"text"'), 'text');
  });

  it('keeps a __proto__ key as data', () => {
    const value = parseJsonc('{ "__proto__": { "polluted": true } }') as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['__proto__']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });

  it('refuses nesting deep enough to overrun the parser', () => {
    assert.throws(() => parseJsonc(`${'['.repeat(50_000)}${']'.repeat(50_000)}`), /nested/);
  });

  it('refuses code and broken text', () => {
    assert.throws(() => parseJsonc('{ "a": process.env.X }'), /unexpected/);
    assert.throws(() => parseJsonc('{ "a": 1 }); evil(); ({'));
    assert.throws(() => parseJsonc('{ "a": '));
    assert.throws(() => parseJsonc('{ a() {} }'), /unexpected/);
  });
});
