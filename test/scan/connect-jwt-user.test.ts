import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r22a', name);

describe('the user a Connect JWT names', () => {
  const logs = async (): Promise<Array<[string, string[]]>> => (await scan(fixture('jwt-callback-user'))).logs.map((l) => [at(l.evidence), l.carries]);

  it('is `sub` and `context.user` of the claims jwt.verify hands its callback, read or destructured; the issuer and expiry are no one\'s', async () => {
    const found = new Map(await logs());
    assert.deepEqual(found.get('src/server.js:17'), ['account-id']);
    assert.deepEqual(found.get('src/server.js:18'), ['account-id']);
    assert.deepEqual(found.get('src/server.js:19'), ['other']);
    assert.deepEqual(found.get('src/server.js:27'), ['account-id']);
  });

  it('is Connect\'s legacy user key on the request\'s context, read or destructured; the client key is none', async () => {
    const found = new Map(await logs());
    assert.deepEqual(found.get('src/server.js:33'), ['account-id']);
    assert.deepEqual(found.get('src/server.js:35'), ['account-id']);
    assert.deepEqual(found.get('src/server.js:36'), ['other']);
  });
});
