import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyedFunctions } from '../../src/scan/source/dispatch.ts';
import type { Node } from '../../src/scan/source/ast.ts';
import type { Scope } from '../../src/scan/source/scope.ts';

// A scope that counts its look-ups and knows no name.
function counting(keyedNames: boolean): { scope: Scope; lookups: () => number } {
  let n = 0;
  const scope = { keyedNames, dispatches: false, lookup: () => { n++; return undefined; } } as unknown as Scope;
  return { scope, lookups: () => n };
}
const call = { type: 'Identifier', name: 'save', start: 0, end: 4 } as unknown as Node;

describe('calls by a key chosen at run time', () => {
  it('a plain call (save(issue)) costs no look-up in a module that binds no name to such a member', () => {
    const { scope, lookups } = counting(false);
    assert.equal(keyedFunctions(scope, call), null);
    assert.equal(lookups(), 0);
  });

  it('is looked up where the module binds one (const run = handlers[action])', () => {
    const { scope, lookups } = counting(true);
    assert.equal(keyedFunctions(scope, call), null);
    assert.equal(lookups(), 1);
  });
});
