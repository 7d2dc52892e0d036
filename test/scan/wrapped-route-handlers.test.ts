import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('Express route handlers handed through an error-catching wrapper', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/wrapped-route-handlers'));
  });
  const logAt = (line: number): string[] => facts.logs.find((l) => l.evidence.file === 'src/routes/notes.js' && l.evidence.line === line)!.carries;

  it('get the request in their first parameter, as Express calls them (req, res, next)', () => {
    assert.deepEqual(logAt(18), ['resolver-payload']);
  });

  it('get no user input in the response or next', () => {
    assert.deepEqual(logAt(17), ['other']);
  });

  it('include a function of the app handed to a library wrapper by name (asyncHandler(listNotes))', () => {
    assert.deepEqual(logAt(7), ['resolver-payload']);
  });
});
