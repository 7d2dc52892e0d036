import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/secrets-kept-from-front-end.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'nothing handed to the front end', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a resolver returns a key, a route answers with a token',
    facts: makeFacts({ exposedSecrets: [
      { function: 'getConfig', evidence: at('src/index.js', 5) },
      { function: 'GET /api/token', via: 'route', evidence: at('server/app.js', 12) },
    ] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/index.js:5', 'server/app.js:12'] },
  },
];

describe('secrets-kept-from-front-end', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('secrets-kept-from-front-end: recognised', () => {
  const ids = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).map((r) => r.claim.id);
  it('a secret the statement says the front end, browser or client never gets, or that never leaves the server', () => {
    assert.deepEqual(ids('The API key is kept on the backend only and is never exposed to the frontend.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('Tokens are read by the app\'s functions alone and are never returned to the browser.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('Requests to GitHub go through the Forge backend, so credentials are not exposed in the frontend experience.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('Your signing secret never leaves our server.'), ['secrets-kept-from-front-end']);
  });

  it('a secret that never reaches the front end, is not accessible from it or visible in it', () => {
    assert.deepEqual(ids('Service credentials never reach the client.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('Your private key is not readable by the UI.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('Passwords are not accessible in the front end code.'), ['secrets-kept-from-front-end']);
    assert.deepEqual(ids('The signing key is not visible to the browser at any point.'), ['secrets-kept-from-front-end']);
  });

  it('is not data kept from the browser, a key kept in it, an issue key, nor a secret kept from a third party', () => {
    const made = (text: string) => ids(text).includes('secrets-kept-from-front-end');
    assert.equal(made('Issue data is never sent to the browser.'), false);
    assert.equal(made('Session tokens are stored in the browser.'), false);
    assert.equal(made('Jira issue keys are never shown to the client.'), false);
    assert.equal(made('We never share credentials with third parties.'), false);
    assert.equal(made('Issue data never reaches the browser.'), false);
    assert.equal(made('The token is not sent from the browser.'), false);
    assert.equal(made('Tokens are stored in Forge\'s secret storage.'), false);
  });
});
