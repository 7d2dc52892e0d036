import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('a Forge Realtime token a resolver function hands the browser (`signRealtimeToken` of @forge/realtime)', () => {
  it('is signed for the front end, no exposed secret; a service token from the environment still is one', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r23a/realtime-token'));
    assert.deepEqual(facts.exposedSecrets?.map((e) => [e.function, e.evidence.line]), [['getServiceKey', 14]]);
  });
});
