import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseenf13', name);

describe('a getter that hands back the client it keeps before making it (`if (client && clientToken === token) return client;`)', () => {
  it('makes that client: the calls of the functions a wrapper hands it to are the vendor\'s', async () => {
    const facts = await scan(fixture('kept-client-handed'));
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.carries, at(c.evidence)]), [
      ['slack', 'WebClient.chat.postMessage', ['resolver-payload'], 'src/slack/client.js:29'],
      ['slack', 'WebClient.conversations.list', ['literal'], 'src/slack/client.js:32'],
    ]);
  });

  it('makes none when another of its returns hands back another client (`return new WebClient(...)` after `return stand`)', async () => {
    const facts = await scan(fixture('kept-client-handed'));
    assert.equal(facts.egress.sdkCalls.some((c) => c.evidence.line === 46), false);
  });
});
