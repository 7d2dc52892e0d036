import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('a connection string that is no secret', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/connection-string-hosts'));
  });
  const via = (vendor: string): string[] => (facts.thirdParties.find((t) => t.vendor === vendor)?.via ?? []).map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`);

  it('names the database vendor at its host in code, its password the same as its user', () => {
    assert.deepEqual(via('mongodb-atlas'), ['egress cluster0.ab1cd.mongodb.net src/db.js:6']);
  });

  it('names the vendor at its host in an .env.example, its password a placeholder or a word', () => {
    assert.deepEqual(via('supabase'), ['egress db.qwlkmzrtuvpe.supabase.co .env.example:3']);
    assert.deepEqual(via('upstash'), ['egress eu1-brave-owl-31337.upstash.io .env.example:4']);
  });

  it('is no secret', () => {
    assert.deepEqual(facts.secrets, []);
  });

  it('names no vendor in a comment or the README, nor at a local host', () => {
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor).sort(), ['mongodb-atlas', 'supabase', 'upstash']);
  });
});
