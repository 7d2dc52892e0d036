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
];

describe('secret-in-logs', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});

describe('secret-in-logs: access logs', () => {
  it('name the fields that carry the token', () => {
    const morgan: LogCall = { logger: 'morgan', level: 'access', carries: ['account-id', 'secret'], side: 'backend', evidence: at('app.js', 48), access: ['url', 'client-ip', 'user-agent'] };
    const pinoHttp: LogCall = { logger: 'pino-http', level: 'access', carries: ['account-id', 'secret'], side: 'backend', evidence: at('server.js', 14), access: ['url', 'headers', 'client-ip'] };
    const bunyan: LogCall = { logger: 'express-bunyan-logger', level: 'access', carries: ['account-id', 'secret'], side: 'backend', evidence: at('server.js', 9), access: ['url', 'headers', 'client-ip', 'body'] };
    const findings = check.run({ facts: makeFacts({ logs: [morgan, pinoHttp, bunyan] }) } as Parameters<typeof check.run>[0]);
    assert.deepEqual(findings.map((f) => [f.messageId, f.data]), [
      ['access', { logger: 'morgan', fields: 'URL' }],
      ['access', { logger: 'pino-http', fields: 'URL and headers' }],
      ['access', { logger: 'express-bunyan-logger', fields: 'URL, headers and body' }],
    ]);
  });
});
