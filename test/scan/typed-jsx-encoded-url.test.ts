import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/app/typed-jsx-encoded-url');

describe('a .jsx module written in TypeScript, and a URL built whole inside encodeURI()', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(FIXTURE);
  });

  it('reads a .jsx file with interfaces and type annotations as TypeScript: no parse error, its request kept', () => {
    assert.deepEqual(facts.diagnostics.filter((d) => d.code === 'parse-error'), []);
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.file}`), ['GET /rest/api/3/issue/{}?fields=summary src/index.jsx']);
  });

  it('keeps the host of a URL template handed to encodeURI() with values only known at run time', () => {
    const hosts = facts.egress.calls.map((e) => e.host);
    assert.deepEqual(hosts, ['api.mymemory.translated.net']);
  });
});
