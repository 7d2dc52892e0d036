import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/secret-in-logs.ts';
import type { DataKind, LogCall } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const log = (carries: DataKind[], line: number, side: LogCall['side'] = 'backend'): LogCall =>
  ({ logger: 'pino', level: 'info', carries, side, evidence: at('src/client.js', line) });

const cases: Case[] = [
  { name: 'no secret', facts: makeFacts({ logs: [log(['literal', 'other'], 2)] }), expect: [] },
  { name: 'End-User Data is another check', facts: makeFacts({ logs: [log(['account-id'], 3)] }), expect: [] },
  { name: 'a front-end log', facts: makeFacts({ logs: [log(['secret'], 4, 'frontend')] }), expect: [] },
  { name: 'a token logged', facts: makeFacts({ logs: [log(['literal', 'secret'], 5)] }), expect: [{ messageId: 'logged', at: 'src/client.js:5' }] },
  {
    name: 'a request logger printing headers',
    facts: makeFacts({ logs: [{ logger: 'pino-http', level: 'request', carries: ['secret'], side: 'backend', evidence: at('src/server.js', 6) }] }),
    expect: [{ messageId: 'requests', at: 'src/server.js:6' }],
  },
];

describe('secret-in-logs', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
