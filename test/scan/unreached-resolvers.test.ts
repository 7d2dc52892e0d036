import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { readApp } from '../../src/app/read-app.ts';
import { listFiles } from '../../src/app/files.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/app/unreached-resolvers');

describe('resolver modules no function that Forge invokes reaches', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(FIXTURE);
  });

  it('marks the functions no module names, whatever property names the others (`resolver.function`, `config.function`)', async () => {
    const app = await readApp(FIXTURE, listFiles(FIXTURE).files);
    assert.deepEqual(app.functionHandlers.map((h) => [h.key, h.unnamed ?? false]), [['leftover', true], ['panel-resolver', false], ['macro-config', false]]);
  });

  it('keeps the logs and writes of the resolvers an invoked function reaches, also through a re-export', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line}`).sort(), ['src/config.js:6', 'src/panel/resolvers.js:7']);
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.evidence.file}`), ['write note-{} src/panel/resolvers.js']);
  });

  it('gives no facts for a resolver module of a function no module names, nor for one no handler imports', () => {
    const files = new Set([...facts.logs, ...facts.storage, ...facts.personalData.uses].map((f) => f.evidence.file));
    assert.equal(files.has('src/leftover.js'), false);
    assert.equal(files.has('src/draft/resolvers.js'), false);
  });
});
