import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/fixr22a', name);

describe('a helper\'s request to the product whose `Authorization` header its callers give', () => {
  it('is made with Basic credentials where the caller builds `\'Basic \' + ...`, with Connect\'s JWT where it passes that', async () => {
    const facts = await scan(fixture('basic-header-from-caller'));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence), c.via ? at(c.via) : null]), [
      ['GET', '/rest/api/2/attachment/{}', 'api-token', 'app.js:15', 'lib/attachments.js:10'],
      ['GET', '/rest/api/2/issue/{}/comment', 'connect', 'app.js:21', 'lib/attachments.js:16'],
    ]);
  });
});

describe('a request header named for a person (`\'USER-ID\': username`) given a helper\'s parameter', () => {
  it('sends no account ID where every caller passes an environment variable, one where a caller passes a person\'s', async () => {
    const facts = await scan(fixture('identity-header-from-env'));
    const sent = facts.egress.calls.filter((c) => c.host === 'chat-relay.example.net').map((c) => [c.method, c.url, c.carries, at(c.evidence)]);
    assert.deepEqual(sent, [
      ['GET', 'https://chat-relay.example.net/api/sessions', ['secret'], 'services/chat.js:7'],
      ['GET', 'https://chat-relay.example.net/api/members', ['account-id'], 'services/chat.js:16'],
      ['POST', 'https://chat-relay.example.net/api/messages', ['product-content', 'resolver-payload', 'secret'], 'services/chat.js:22'],
    ]);
  });
});

describe('a field of an object the app stored (`{ channel, savedBy: context.accountId }`, `{ token, accountId }`)', () => {
  it('carries only what the app wrote to that field, read by a front end from a resolver\'s answer or read in the function', async () => {
    const facts = await scan(fixture('stored-field-answer'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, at(c.evidence)]), [
      ['POST', 'https://hooks.chatrelay.example.com/channels/{}/subscribe', ['resolver-payload'], 'src/index.js:16'],
      ['POST', 'https://hooks.chatrelay.example.com/ping', ['secret'], 'src/index.js:22'],
    ]);
    // The stored objects still hold the account IDs.
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.backend, s.key, s.carries]), [
      ['kvs', 'settings:{}', ['account-id', 'resolver-payload']],
      ['kvs-secret', 'link:{}', ['account-id', 'secret']],
    ]);
  });
});

describe('`makeResolver(handlers)` given a constant object of functions declared before it', () => {
  it('hands each function the request of the resolver function its key names, with what front ends send', async () => {
    const facts = await scan(fixture('resolver-object-const'));
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries, at(s.evidence)]), [
      ['write', 'archived:{}', ['account-id'], 'src/index.ts:7'],
      ['write', 'note:{}', ['account-id', 'resolver-payload'], 'src/index.ts:14'],
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.carries, at(l.evidence)]), [[['resolver-payload'], 'src/index.ts:18']]);
  });
});
