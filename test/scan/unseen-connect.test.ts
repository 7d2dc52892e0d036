import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect', name);

describe('a URL chosen between a path and the same path with a query', () => {
  it('goes to the page\'s own host, whichever branch the condition takes', async () => {
    const facts = await scan(fixture('path-choices'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.host, at(c.evidence)]), [['frontend', 'self', 'app/page.tsx:10'], ['frontend', 'self', 'app/page.tsx:15']]);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});

describe('a query built with encodeURIComponent of a constant', () => {
  it('names the fields the request asks for, so the people of the issue\'s user fields are read', async () => {
    const facts = await scan(fixture('encoded-fields'));
    assert.deepEqual(facts.restCalls.map((c) => c.path), ['/rest/api/3/issue/{}?fields=summary%2Cassignee%2Creporter', '/rest/api/3/issue/{}?fields=summary%2Cstatus']);
    const reads = facts.personalData.uses.filter((u) => u.action === 'read');
    assert.deepEqual(reads.map((u) => [u.kind, at(u.evidence)]), [
      ['account-id', 'routes/index.js:4'],
      ['display-name', 'routes/index.js:4'],
      ['email', 'routes/index.js:4'],
    ]);
  });
});

describe('functions a route module declares that nothing calls', () => {
  it('give no requests or storage; the one a route calls does', async () => {
    const facts = await scan(fixture('idle-locals'));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [['GET', '/rest/api/3/issue/{}/properties/labels', 'routes/index.js:3']]);
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key]), [['issue-property', 'read', 'labels']]);
  });
});

describe('bunyan-express and bunyan-request', () => {
  it('log each request\'s URL (with the Connect JWT of its query) and the client\'s address; bunyan-request its headers too', async () => {
    const facts = await scan(fixture('bunyan-request-logs'));
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.level, l.carries, l.access, at(l.evidence)]), [
      ['bunyan-express', 'access', ['account-id', 'secret', 'ip-address'], ['url', 'client-ip'], 'app.js:11'],
      ['bunyan-request', 'access', ['account-id', 'secret', 'ip-address'], ['url', 'headers', 'client-ip', 'user-agent', 'referrer'], 'app.js:12'],
    ]);
  });
});

describe('a remote condition\'s URL in the descriptor', () => {
  it('binds its query to context parameters: the product\'s IDs, a user\'s account ID; other routes\' queries stay what users send', async () => {
    const facts = await scan(fixture('remote-conditions'));
    assert.deepEqual(facts.logs.map((l) => [l.carries, at(l.evidence)]), [
      [['other'], 'routes/index.js:3'],
      [['account-id'], 'routes/index.js:4'],
      [['resolver-payload'], 'routes/index.js:9'],
    ]);
  });
});

describe('a property the app writes, read back', () => {
  it('holds what the app wrote: an app property named with the descriptor\'s key, a project property under a base not known', async () => {
    const facts = await scan(fixture('property-readback'));
    assert.deepEqual(facts.logs.map((l) => [l.carries, at(l.evidence)]), [
      [['product-content', 'secret'], 'public/ledger.js:13'],
      [['product-content'], 'public/ledger.js:19'],
      [['resolver-payload', 'secret'], 'routes/index.js:6'],
    ]);
  });
});
