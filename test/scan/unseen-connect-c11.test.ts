import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect-c11', name);

describe('`arguments` of a function an event hands its data', () => {
  it('holds all it is handed: the saved installation, shared secret included; the client key alone is none', async () => {
    const facts = await scan(fixture('listener-arguments'));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['app.js:8', ['secret']], ['app.js:12', ['other']]]);
  });
});
