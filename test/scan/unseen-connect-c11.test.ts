import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';
import { readModuleAliases } from '../../src/scan/module-aliases.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect-c11', name);

describe('`arguments` of a function an event hands its data', () => {
  it('holds all it is handed: the saved installation, shared secret included; the client key alone is none', async () => {
    const facts = await scan(fixture('listener-arguments'));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['app.js:8', ['secret']], ['app.js:12', ['other']]]);
  });
});

describe('modules a start script finds through NODE_PATH (`NODE_PATH=./ node server.js`)', () => {
  it('are the app\'s own: the database client made in one and the writes made through it in others', async () => {
    const facts = await scan(fixture('node-path-modules'));
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.carries, at(s.evidence)]), [
      ['external-db', 'write', 'subscriptions', ['email', 'resolver-payload'], 'routes/subscriptions.js:7'],
      ['external-db', 'write', 'clientInfo', ['secret'], 'server.js:6'],
      ['external-db', 'write', 'audit_entries', ['other'], 'util/audit.js:5'],
    ]);
  });

  it('stay behind Node.js\'s built-in modules and the package\'s dependencies', () => {
    const files = ['package.json', 'util/audit.js', 'express/router.js', 'lib/db.js'];
    const read = (f: string): string | null => (f === 'package.json' ? JSON.stringify({ scripts: { start: 'NODE_PATH=. node server.js' }, dependencies: { express: '^4.18.2' } }) : null);
    const { aliases } = readModuleAliases(files, read);
    assert.deepEqual(aliases.candidates('server.js', 'util/audit'), ['util/audit']);
    assert.deepEqual(aliases.candidates('server.js', 'lib/db'), ['lib/db']);
    assert.deepEqual(aliases.candidates('server.js', 'util'), []);
    assert.deepEqual(aliases.candidates('server.js', 'express/router'), []);
    assert.deepEqual(aliases.patterns.sort(), ['lib/*', 'util/*']);
  });
});

describe('Jira Software\'s issue lists (a sprint\'s, a board\'s backlog, an epic\'s)', () => {
  it('read the people of the user fields asked, and of the change history expanded; none for other fields', async () => {
    const facts = await scan(fixture('agile-issue-fields'));
    const reads = facts.personalData.uses.filter((u) => u.action === 'read');
    assert.deepEqual(reads.map((u) => [u.kind, at(u.evidence)]), [
      ['account-id', 'public/js/scope.js:11'],
      ['display-name', 'public/js/scope.js:11'],
      ['email', 'public/js/scope.js:11'],
      ['account-id', 'public/js/scope.js:25'],
      ['display-name', 'public/js/scope.js:25'],
      ['email', 'public/js/scope.js:25'],
    ]);
  });
});

describe('a request on an HTTP client another module exports, with `then` and `catch` chained on it', () => {
  it('goes to the client\'s base URL with what its body carries', async () => {
    const facts = await scan(fixture('imported-client-then'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, at(c.evidence)]), [
      ['POST', 'https://api.billing.example.com/v2/entries', ['product-content', 'resolver-payload'], 'routes/worklogs.js:7'],
    ]);
  });
});

describe('routes answered by methods of the app\'s controller classes', () => {
  it('hand the request to a method of an instance made with `new` or got from a dependency-injection container', async () => {
    const facts = await scan(fixture('controller-instances'));
    const logs = facts.logs.map((l) => [at(l.evidence), l.carries] as const);
    assert.deepEqual(logs.map(([where]) => where), ['src/controllers/health.controller.ts:5', 'src/controllers/pullrequest.controller.ts:7', 'src/controllers/pullrequest.controller.ts:12']);
    // GET /health is what a caller sends; the two others take Bitbucket's pull request webhooks, whose body is the product's.
    assert.deepEqual(logs[0]![1], ['resolver-payload']);
    // A method handed by name is the webhook's route (see test/scan/connect-webhooks.test.ts); an arrow property gets the request too.
    assert.deepEqual(logs[2]![1], ['product-content']);
    assert.ok(logs[1]![1].some((k) => k === 'resolver-payload' || k === 'product-content'), `${logs[1]![1]}`);
  });
});
