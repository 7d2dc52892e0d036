import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { analyze } from './source/analyze.ts';

describe('function handlers Forge cannot resolve', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/handler-paths'));
  });
  const diagnostics = () => facts.diagnostics.map((d) => [d.severity, d.code, d.line, d.path ?? null]);

  it('are reported at the manifest line of the handler: a missing module, a missing export', () => {
    assert.deepEqual(diagnostics(), [
      ['error', 'misplaced-handler', 21, 'modules.function[0].handler'],
      ['error', 'unresolved-handler', 23, 'modules.function[1].handler'],
      ['warning', 'unresolved-handler', 25, null],
    ]);
    const [twice, missing, noExport] = facts.diagnostics;
    assert.match(twice!.message, /names src\/src\/triggers\/created\.\(tsx\|jsx\|ts\|js\|cjs\), which does not exist/);
    assert.equal(twice!.hint, 'Write `handler: triggers/created.handler`; `forge deploy` rejects the handler as written.');
    assert.match(missing!.message, /names src\/triggers\/updated\.\(tsx\|jsx\|ts\|js\|cjs\), which does not exist/);
    assert.match(noExport!.message, /src\/index\.js does not export 'runNightly'/);
    assert.match(noExport!.hint!, /`run`, `nightly`/);
  });

  it('follow a handler written with the handlers folder to the file it means, and keep its payload (an issue event\'s: product data)', () => {
    const created = facts.storage.find((s) => s.evidence.file === 'src/triggers/created.js');
    assert.deepEqual(created?.carries, ['product-content']);
  });

  it('leave handlers that resolve alone, through `export * from` too', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries]), [
      ['last-request', ['resolver-payload']],
      ['sync', ['resolver-payload']],
      ['created:{}', ['product-content']],
    ]);
  });
});

describe('the names a module exports', () => {
  it('are listed for ES modules and plain CommonJS', () => {
    assert.deepEqual(analyze("export const handler = r.getDefinitions();\nexport function run() {}\nexport { a as b } from './x';\nexport default run;").exports, ['handler', 'run', 'default', 'b']);
    assert.deepEqual(analyze('exports.run = async () => 1;\nmodule.exports.other = run;').exports, ['run', 'other']);
    assert.deepEqual(analyze('module.exports = { run, handler: async () => 1 };').exports, ['run', 'handler']);
  });

  it('cannot be told when CommonJS exports are made at run time', () => {
    for (const code of [
      'module.exports = resolver.getDefinitions();',
      'module.exports = { ...handlers };',
      "Object.defineProperty(exports, '__esModule', { value: true });\nexports.run = run;",
      'for (const k of keys) exports[k] = make(k);',
    ]) assert.equal(analyze(code).exports, null, code);
  });
});
