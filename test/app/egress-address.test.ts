import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostOf } from '../../src/app/egress-address.ts';

describe('hostOf', () => {
  const cases: Array<[string, string | null, boolean]> = [
    ['https://api.example.com', 'api.example.com', false],
    ['https://API.Example.com:8443/v1/items?q=1', 'api.example.com', false],
    ['api.example.com', 'api.example.com', false],
    ['api.example.com/path', 'api.example.com', false],
    ['localhost:3000', 'localhost', false],
    ['*.example.com', '*.example.com', true],
    ['https://*.ingest.sentry.io', '*.ingest.sentry.io', true],
    ['*', '*', true],
    ['wss://socket.example.com', 'socket.example.com', false],
    ['https://user:secret@example.com', 'example.com', false],
    ['data:', null, false],
    ['blob:', null, false],
    ['{{localBaseUrl}}', null, false],
    ['https://${BACKEND_HOST}/api', null, false],
    ['not a url', null, false],
  ];
  for (const [address, host, wildcard] of cases) {
    it(address, () => assert.deepEqual(hostOf(address), { host, wildcard }));
  }
});
