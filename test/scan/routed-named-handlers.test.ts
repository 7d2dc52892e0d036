import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('Express route handlers handed to a route by name', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/routed-named-handlers'));
  });
  const logAt = (file: string, line: number): string[] => facts.logs.find((l) => l.evidence.file === file && l.evidence.line === line)!.carries;

  it('of the module (app.post(path, saveSettings)) get the request first and nothing in the response', () => {
    assert.deepEqual(logAt('src/server.js', 15), ['resolver-payload']);
    assert.deepEqual(logAt('src/server.js', 14), ['other']);
  });

  it('as an error handler (err, req, res, next) get the request second and nothing in the error, response or next', () => {
    assert.deepEqual(logAt('src/server.js', 21), ['resolver-payload']);
    assert.deepEqual(logAt('src/server.js', 20), ['other']);
  });

  it('imported (app.get(path, exportReport)) get nothing in the response or next', () => {
    assert.deepEqual(logAt('src/handlers/report.js', 3), ['resolver-payload']);
    assert.deepEqual(logAt('src/handlers/report.js', 2), ['other']);
  });

  it("through the app's own wrapper (wrap(showDigest)) get nothing in the response or next the wrapper hands on", () => {
    assert.deepEqual(logAt('src/handlers/digest.js', 3), ['resolver-payload']);
    assert.deepEqual(logAt('src/handlers/digest.js', 2), ['other']);
  });
});
