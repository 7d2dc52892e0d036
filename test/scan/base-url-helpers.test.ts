import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('a helper that fetches a constant base URL joined with the path its callers give (`fetch(`${ROOT}${page}`)`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/base-url-helpers'));
  });

  it('reports each caller’s URL and method, at the caller that names the path, also through a helper of the helper', () => {
    const calls = facts.egress.calls.map((c) => ({ method: c.method, url: c.url, at: at(c.evidence), via: at(c.via) }));
    assert.deepEqual(calls, [
      { method: 'GET', url: 'https://boards.example.org/v2/boards', at: 'src/boards.js:16', via: 'src/boards.js:8' },
      { method: 'GET', url: 'https://boards.example.org/v2/boards/{}/cards', at: 'src/boards.js:17', via: 'src/boards.js:8' },
      { method: 'POST', url: 'https://boards.example.org/v2/boards/{}/cards', at: 'src/boards.js:18', via: 'src/boards.js:8' },
    ]);
    assert.deepEqual(facts.egress.unused, []);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('sends what each caller gives down the chain of helpers: the board list none of what users sent, the card requests the board they name', () => {
    assert.deepEqual(facts.egress.calls.map((c) => c.carries), [['secret'], ['resolver-payload', 'secret'], ['resolver-payload', 'secret']]);
  });
});
