import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/unseenf13/lost-reexport');

describe('a handler whose module re-exports the function from a file the app does not have', () => {
  it('is reported at the manifest: `export { sweep } from \'./scheduled/sweep\'` with no such file', async () => {
    const facts = await scan(fixture);
    assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'unresolved-handler').map((d) => [d.severity, d.line, d.message]), [
      ['warning', 16, "Function 'sweep': src/index.js exports 'sweep' from ./scheduled/sweep, which is not among the app's files; the function's code is not linked to it."],
    ]);
  });

  it('is not reported for one re-exported from a file the app has, nor from a package', async () => {
    const facts = await scan(fixture);
    assert.equal(facts.diagnostics.some((d) => /'onCreated'|'inbound'/.test(d.message)), false);
  });
});
