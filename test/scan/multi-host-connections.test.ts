import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// A replica set's seed list or a libpq multi-host URI names several hosts, each one the app may connect to; a template's
// placeholder (`<cluster>`, `[YOUR-PASSWORD]@db.xxxx`, `{host}`) is no host, though the domain after it may be a vendor's.
describe('connection strings with several hosts or a placeholder for the host', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/multi-host-databases'));
  });
  const via = (): string[] => facts.thirdParties.flatMap((t) => t.via.filter((v) => v.kind === 'egress').map((v) => `${t.vendor} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)).sort();

  it('names the vendor of each host of the list, not only the first', () => {
    assert.ok(via().includes('mongodb-atlas shard-02.q4xzt.mongodb.net src/db.js:6'), via().join('\n'));
    assert.ok(via().includes('aiven radar-reports-k3b8.aivencloud.com src/db.js:10'), via().join('\n'));
  });

  it('takes no placeholder for a host: the vendor of the domain after it, with the address as written, no wildcard host; nothing for a host all placeholder', () => {
    assert.deepEqual(via().filter((v) => v.includes('.env.example')), ['mongodb-atlas <cluster>.mongodb.net .env.example:2', 'supabase db.xxxxxxxxxxxx.supabase.co .env.example:3']);
  });

  it('names no other vendor', () => {
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor).sort(), ['aiven', 'mongodb-atlas', 'supabase']);
  });
});
