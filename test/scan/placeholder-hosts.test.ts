import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// Defaults that show the form of an address (`my-app-db.<id>.eu-west-1.rds.amazonaws.com`, `https://<account>.snowflakecomputing.com`)
// write a placeholder for the host: the vendor whose domain follows is a third party all the same, but no host is one the app
// reaches (no wildcard host, no `<account>` host). An error answer's body logged (`err.response.data`) holds the service's
// messages about the request, not what the app sent or read: no End-User Data.
describe('hosts written with a placeholder', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/third-parties/placeholder-hosts'));
  });

  it('keeps the vendor of a connection string\'s host with a placeholder label, with the host as written, no wildcard host', () => {
    const aws = facts.thirdParties.find((t) => t.vendor === 'aws');
    assert.deepEqual(aws?.via.map((v) => `${v.kind} ${v.detail}`), ['egress my-app-db.<id>.eu-west-1.rds.amazonaws.com']);
  });

  it('gives a request to a URL with a placeholder label no host, and keeps the vendor its domain names', () => {
    const calls = facts.egress.calls.filter((c) => c.evidence.file === 'src/warehouse.js');
    assert.ok(calls.length > 0 && calls.every((c) => c.host === null), JSON.stringify(calls.map((c) => c.host)));
    const snowflake = facts.thirdParties.find((t) => t.vendor === 'snowflake');
    assert.deepEqual(snowflake?.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`), ['egress https://<account>.snowflakecomputing.com/api/v2/statements src/warehouse.js:6']);
  });

  it('carries no End-User Data in a logged error answer\'s body', () => {
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['17 other', '23 other']);
  });
});
