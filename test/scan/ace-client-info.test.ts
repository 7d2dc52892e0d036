import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('ACE: the installation details kept under clientInfo', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/client-info'));
  });

  it('hold the shared secret whole, and none of it in the fields read or a rest without sharedSecret', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.carries.join(',')}`), [
      'routes/index.js:6 other',
      'routes/index.js:8 other',
      'routes/tenant.js:8 secret',
    ]);
  });

  it('give the secret away only where a route answers with them whole, not with some of their fields a helper picks', () => {
    assert.deepEqual((facts.exposedSecrets ?? []).map((e) => `${e.function} ${e.evidence.file}:${e.evidence.line}`), ['GET /debug routes/index.js:15']);
  });
});
