import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { readApp } from '../../src/app/read-app.ts';
import { listFiles } from '../../src/app/files.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/app/forge-bundle-reach');

describe('back-end modules of a Forge app that no invoked function bundles', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(FIXTURE);
  });

  it('marks a function no module names although a remote\'s baseUrl is a variable (`${REVIEW_SERVICE_URL}` names no function)', async () => {
    const app = await readApp(FIXTURE, listFiles(FIXTURE).files);
    assert.deepEqual(app.functionHandlers.map((h) => [h.key, h.unnamed ?? false]), [['panel-fn', false], ['sync-fn', true], ['export-fn', true]]);
  });

  it('keeps the requests of the modules a handler reaches, also the handler of a function no module names', () => {
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.file}`).sort(), [
      'GET /rest/api/3/issue/{}?fields=summary src/panel/jira.js',
      'GET /rest/api/3/project/{} src/export.js',
    ]);
  });

  it('gives no facts for a module that imports @forge/api and that no handler imports, nor for the resolver of a function no module names (an undeclared @forge/ package is no module of the app)', () => {
    const files = new Set([...facts.restCalls, ...facts.logs, ...facts.storage].map((f) => f.evidence.file));
    assert.equal(files.has('src/jobs/backfill.js'), false);
    assert.equal(files.has('src/sync.js'), false);
    assert.deepEqual(facts.logs, []);
    assert.deepEqual(facts.storage, []);
  });
});
