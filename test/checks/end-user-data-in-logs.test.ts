import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/end-user-data-in-logs.ts';
import type { DataKind, LogCall } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const log = (carries: DataKind[], line: number, side: LogCall['side'] = 'backend', file = 'src/index.js'): LogCall =>
  ({ logger: 'console', level: 'log', carries, side, evidence: at(file, line) });

const cases: Case[] = [
  { name: 'constants only', facts: makeFacts({ logs: [log(['literal'], 3)] }), expect: [] },
  { name: 'a computed value of no known kind (a count, a status)', facts: makeFacts({ logs: [log(['literal', 'other'], 4)] }), expect: [] },
  { name: 'a secret is another check', facts: makeFacts({ logs: [log(['secret'], 5)] }), expect: [] },
  { name: 'user data logged in Custom UI stays in the browser', facts: makeFacts({ logs: [log(['product-content'], 6, 'frontend', 'static/app/src/App.jsx')] }), expect: [] },
  { name: 'a page body', facts: makeFacts({ logs: [log(['literal', 'product-content'], 7)] }), expect: [{ messageId: 'logged', at: 'src/index.js:7' }] },
  { name: 'the resolver payload and context', facts: makeFacts({ logs: [log(['resolver-payload', 'account-id'], 8)] }), expect: [{ messageId: 'logged', at: 'src/index.js:8' }] },
  { name: 'an email', facts: makeFacts({ logs: [log(['email'], 9)] }), expect: [{ messageId: 'logged', at: 'src/index.js:9' }] },
  {
    name: 'an access log writing the Connect JWT',
    facts: makeFacts({ logs: [{ logger: 'morgan', level: 'access', carries: ['account-id', 'secret'], side: 'backend', evidence: at('app.js', 48), access: ['url', 'client-ip'] }] }),
    expect: [{ messageId: 'access', at: 'app.js:48' }],
  },
];

describe('end-user-data-in-logs', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));

  it('says what is logged', () => {
    const [report] = check.run({ facts: makeFacts({ logs: [log(['resolver-payload', 'account-id'], 8)] }), profile: null });
    assert.deepEqual(report?.data, { logger: 'console', level: 'log', data: 'account IDs and data received from users or product events' });
  });
});
