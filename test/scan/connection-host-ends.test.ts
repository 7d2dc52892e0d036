import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

// A connection string a default value or a tag closes (`${DATABASE_URL:postgres://...host}`, `<url>...</url>`): its host
// ends where the character no host has starts, as it did before hosts were read as lists.
describe('a connection string closed right after its host', () => {
  it('names the vendor of the host, not nothing', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r22s/connection-defaults'));
    const via = facts.thirdParties.flatMap((t) => t.via.filter((v) => v.kind === 'egress').map((v) => `${t.vendor} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)).sort();
    assert.deepEqual(via, ['aiven standup-db-k3b8.aivencloud.com application.yml:2', 'upstash eu1-brave-owl-31337.upstash.io application.yml:3']);
  });
});
