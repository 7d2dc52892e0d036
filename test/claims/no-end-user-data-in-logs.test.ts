import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-end-user-data-in-logs.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
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
  {
    name: 'an access log writing clients\' IP addresses',
    facts: makeFacts({ logs: [log(['ip-address'], 'server/app.js', 9)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['server/app.js:9'] },
  },
  {
    name: '"we do not log IP addresses" while account IDs are logged',
    params: { kinds: ['ip-address'] },
    facts: makeFacts({ logs: [log(['account-id'], 'src/resolvers.js', 12)] }),
    expect: { verdict: 'verified', messageId: 'verifiedIp', at: [] },
  },
  {
    name: '"we do not log IP addresses" while one is',
    params: { kinds: ['ip-address'] },
    facts: makeFacts({ logs: [log(['account-id'], 'src/resolvers.js', 12), log(['ip-address'], 'server/app.js', 9)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['server/app.js:9'] },
  },
  {
    name: '"tokens are never written to logs" while an OAuth token answer is logged',
    params: { kinds: ['secret'] },
    facts: makeFacts({ logs: [log(['account-id'], 'src/resolvers/index.js', 57), log(['secret'], 'src/github/oauth.js', 37)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/github/oauth.js:37'] },
  },
  {
    name: '"tokens are never written to logs" while account IDs are',
    params: { kinds: ['secret'] },
    facts: makeFacts({ logs: [log(['account-id'], 'src/resolvers/index.js', 57)] }),
    expect: { verdict: 'verified', messageId: 'verifiedSecret', at: [] },
  },
  {
    name: '"we do not log page content" while an access log writes account IDs and IP addresses',
    params: { kinds: ['product-content', 'resolver-payload'] },
    facts: makeFacts({ logs: [log(['account-id', 'ip-address'], 'app.js', 25)] }),
    expect: { verdict: 'verified', messageId: 'verifiedContent', at: [] },
  },
  {
    name: '"we do not log page content" while a page title is logged',
    params: { kinds: ['product-content', 'resolver-payload'] },
    facts: makeFacts({ logs: [log(['account-id', 'ip-address'], 'app.js', 25), log(['product-content'], 'routes/index.js', 60)] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['routes/index.js:60'] },
  },
  {
    name: '"does not produce application logs": any back-end log, even of a constant',
    params: { none: true },
    facts: makeFacts({ logs: [log(['literal'], 'src/cleanup.js', 6), log(['other'], 'static/app.js', 9, 'frontend')] }),
    expect: { verdict: 'contradicted', messageId: 'logs', at: ['src/cleanup.js:6'] },
  },
  {
    name: '"does not produce application logs": a browser log is the user\'s own',
    params: { none: true },
    facts: makeFacts({ logs: [log(['literal'], 'static/app.js', 9, 'frontend')] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
];

describe('no-end-user-data-in-logs', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('no-end-user-data-in-logs params', () => {
  it('IP addresses alone when the sentence names those alone', () => {
    const params = (sentence: string) => claim.params?.(sentence, /x/.exec('x')!);
    assert.deepEqual(params('We do not log IP addresses.'), { kinds: ['ip-address'] });
    assert.deepEqual(params('We do not log personal data or IP addresses.'), {});
    assert.deepEqual(params('Logs never contain personal data.'), {});
  });

  it('product content alone when the sentence names content alone', () => {
    const params = (sentence: string) => claim.params?.(sentence, /x/.exec('x')!);
    assert.deepEqual(params('We do not log attachment contents or page content.'), { kinds: ['product-content', 'resolver-payload'] });
    assert.deepEqual(params('Application logs never include issue summaries.'), { kinds: ['product-content', 'resolver-payload'] });
    assert.deepEqual(params('Application logs never contain issue content or personal data.'), {});
    assert.deepEqual(params('We do not log customer content.'), {});
  });

  it('secrets when the sentence names tokens, secrets or credentials; with End-User Data, both', () => {
    const params = (sentence: string) => claim.params?.(sentence, /x/.exec('x')!);
    assert.deepEqual(params('GitHub tokens and client secrets are never written to logs.'), { kinds: ['secret'] });
    assert.deepEqual(params('Our request logs do not contain authentication tokens.'), { kinds: ['secret'] });
    assert.deepEqual(params('Logs never contain personal data or passwords.'), { kinds: ['account-id', 'email', 'display-name', 'ip-address', 'phone-number', 'product-content', 'resolver-payload', 'secret'] });
  });

  it('is no claim for signing in with a password, nor for "we log X, never Y" when X is End-User Data itself', () => {
    const found = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).filter((r) => r.claim.id === 'no-end-user-data-in-logs').map((r) => r.params);
    assert.deepEqual(found('Users never log in with passwords; the app uses OAuth tokens.'), []);
    assert.deepEqual(found('We log the account ID of each request, never e-mail addresses.'), []);
    assert.deepEqual(found('We log account IDs, never page content.'), []);
    // Logs named as such, and a log list with no End-User Data in it, still claim.
    assert.deepEqual(found('Tokens are never logged in plain text.'), [{ kinds: ['secret'] }]);
    assert.deepEqual(found('We never log in to Jira as you, and never log passwords.'), [{ kinds: ['secret'] }]);
    assert.deepEqual(found('We log request IDs and response times, never IP addresses.'), [{ kinds: ['ip-address'] }]);
  });
});
