import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eagerFunctions } from '../../scripts/eager-functions.ts';

/** Ajv's standalone output in small: the export first, a helper, functions calling one another. */
const AJV = [
  '"use strict";export const validate = validate11;',
  'const schema12 = {"type":"string"};',
  'function validate12(data, {instancePath=""}={}){ if (typeof data !== "string") { validate12.errors = [{instancePath, message: "must be string"}]; return false; } validate12.errors = null; return true; }',
  'function validate11(data, {instancePath=""}={}){ const ok = validate12(data.name, {instancePath: instancePath + "/name"}); validate11.errors = validate12.errors; return ok; }',
].join('\n');

async function load(code: string): Promise<{ validate: ((data: unknown) => boolean) & { errors: unknown } }> {
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

describe('eagerFunctions', () => {
  it('turns every validate function into a parenthesised expression, which V8 compiles with the module', () => {
    const out = eagerFunctions(AJV, 'part');
    assert.match(out, /const validate12 = \(function validate12\(/);
    assert.match(out, /const validate11 = \(function validate11\(/);
    assert.doesNotMatch(out, /(^|[;\n}])function validate\d+\(/);
  });

  it('exports the validator after it is defined, and it validates as before', async () => {
    const out = eagerFunctions(AJV, 'part');
    assert.match(out.trimEnd(), /export const validate = validate11;$/);
    const before = await load(AJV);
    const after = await load(out);
    for (const data of [{ name: 'x' }, { name: 5 }]) {
      assert.equal(after.validate(data), before.validate(data));
      assert.deepEqual(after.validate.errors, before.validate.errors);
    }
  });

  it('stops the build when a statement names a validate function before it is defined', () => {
    assert.throws(() => eagerFunctions(`const wrapper = { validate: validate3 };\nfunction validate3(data) { return true; }`, 'part'), /validate3 is named before it is defined/);
  });
});
