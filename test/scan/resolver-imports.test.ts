import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/app/resolver-imports');

/** Where the app writes to storage: the resolver module `src/resolvers/main.js` keeps the account's id in each fixture. */
async function writes(fixture: string): Promise<string[]> {
  const facts = await scan(path.join(FIXTURES, fixture));
  return facts.storage.filter((s) => s.op === 'write').map((s) => `${s.evidence.file}:${s.evidence.line}`);
}

describe('resolver modules a named function reaches however its handler imports them', () => {
  for (const [fixture, form] of [
    ['import-then', "import('./resolvers/main').then(...) in an arrow's body"],
    ['await-import', "(await import('./resolvers/main')).handler(...)"],
    ['import-equals', "TypeScript's import impl = require('./resolvers/main')"],
    ['reexport-all', "export * from './resolvers/main'"],
    ['package-imports', "package.json imports (#res/main)"],
    ['tsconfig-paths', 'tsconfig paths (@res/main)'],
  ]) {
    it(`keeps the writes of one imported by ${form}`, async () => {
      assert.deepEqual(await writes(fixture!), ['src/resolvers/main.js:7']);
    });
  }

  for (const [fixture, form] of [
    ['template-require', 'a require() of a template with holes'],
    ['unknown-package', 'a package no package.json declares'],
  ]) {
    it(`drops nothing when a reached module imports ${form}`, async () => {
      assert.deepEqual(await writes(fixture!), ['src/resolvers/main.js:7']);
    });
  }

  it('still drops one no handler imports when every import of the reached modules is known (a package, Node.js, a data file)', async () => {
    assert.deepEqual(await writes('not-imported'), []);
  });
});
