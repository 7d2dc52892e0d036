import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/secret-to-front-end.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no secret returned', facts: makeFacts({}), expect: [] },
  { name: 'a resolver returns a key', facts: makeFacts({ exposedSecrets: [{ function: 'getConfig', evidence: at('src/index.js', 7) }] }), expect: [{ messageId: 'returned', at: 'src/index.js:7' }] },
  { name: 'a route answers with a key', facts: makeFacts({ exposedSecrets: [{ function: 'GET /api/settings', via: 'route', evidence: at('src/server.js', 4) }] }), expect: [{ messageId: 'route', at: 'src/server.js:4' }] },
  { name: 'a web trigger returns a token', facts: makeFacts({ exposedSecrets: [{ function: 'bot-hook', via: 'webtrigger', evidence: at('src/index.js', 4) }] }), expect: [{ messageId: 'webtrigger', at: 'src/index.js:4' }] },
];

describe('secret-to-front-end', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
