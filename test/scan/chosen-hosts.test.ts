import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('a URL chosen at run time among constants, or taken from the environment with a default', () => {
  it('counts each host an if/else chain, a switch or a table may give, and a constructor\'s default host kept in this.baseURL', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r23a/chosen-hosts'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.host, c.url, c.urlVariable ?? null, `${c.evidence.file}:${c.evidence.line}`]), [
      ['POST', 'api.eu.exporter.example.com', 'https://api.eu.exporter.example.com/v1/exports', null, 'src/index.js:20'],
      ['POST', 'api.au.exporter.example.com', 'https://api.au.exporter.example.com/v1/exports', null, 'src/index.js:20'],
      ['POST', 'api.us.exporter.example.com', 'https://api.us.exporter.example.com/v1/exports', null, 'src/index.js:20'],
      ['GET', 'api.eu.exporter.example.com', 'https://api.eu.exporter.example.com/v1/heartbeat', null, 'src/index.js:21'],
      ['GET', 'api.us.exporter.example.com', 'https://api.us.exporter.example.com/v1/heartbeat', null, 'src/index.js:21'],
      ['POST', 'cold.archive-store.example.com', 'https://cold.archive-store.example.com/v1/put', null, 'src/index.js:30'],
      ['POST', 'warm.archive-store.example.com', 'https://warm.archive-store.example.com/v1/put', null, 'src/index.js:30'],
      ['PUT', 'status.exporter-health.example.org', 'https://status.exporter-health.example.org/v2/jobs/{}', 'STATUS_API_URL', 'src/status.js:9'],
      ['PUT', null, '{}/v2/jobs/{}', 'STATUS_API_URL', 'src/status.js:9'],
    ]);
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['cold.archive-store.example.com', 'warm.archive-store.example.com', 'status.exporter-health.example.org']);
  });
});
