import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-end-user-data-in-logs.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { log, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'counts and constants only',
    facts: makeFacts({ logs: [log(['literal'], 'src/index.js', 3), log(['other'], 'src/privacy.js', 81)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a page body in a back-end log',
    facts: makeFacts({ logs: [log(['literal'], 'src/index.js', 3), log(['product-content'], 'src/index.js', 53)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/index.js:53'] },
  },
  {
    name: 'an account id in a back-end log',
    facts: makeFacts({ logs: [log(['account-id', 'literal'], 'src/resolvers.js', 12)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/resolvers.js:12'] },
  },
  {
    name: 'a handler whose code is not linked to its function: what it receives is not followed',
    facts: makeFacts({
      logs: [log(['other'], 'src/index.js', 3)],
      diagnostics: [{ severity: 'error', code: 'unresolved-handler', message: "handler 'triggers/updated.onUpdate' names a module that does not exist", file: 'manifest.yml', line: 23 }],
    }),
    expect: { verdict: 'unverified', messageId: 'incomplete', at: ['manifest.yml:23'] },
  },
  {
    name: 'a handler written with its folder is followed: no gap',
    facts: makeFacts({
      logs: [log(['other'], 'src/index.js', 3)],
      diagnostics: [{ severity: 'error', code: 'misplaced-handler', message: "handler 'src/index.run' is followed as src/index.js", file: 'manifest.yml', line: 21 }],
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a log in the browser only',
    facts: makeFacts({ logs: [log(['resolver-payload'], 'static/app/src/App.jsx', 40, 'frontend')] }),
    expect: { verdict: 'unverified', messageId: 'frontend', at: ['static/app/src/App.jsx:40'] },
  },
];

describe('no-end-user-data-in-logs', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
