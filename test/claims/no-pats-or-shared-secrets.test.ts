import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-pats-or-shared-secrets.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, restCall, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no secrets kept', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a token a user typed in, kept as a Forge secret',
    facts: makeFacts({ storage: [storageWrite('kvs-secret', ['resolver-payload'], 'src/settings.js', 18)] }),
    expect: { verdict: 'contradicted', messageId: 'stored', at: ['src/settings.js:18'] },
  },
  {
    name: 'an API key a Connect settings page writes to an app property',
    facts: makeFacts({ storage: [{ ...storageWrite('app-property', ['secret'], 'config.html', 31, 'settings'), api: 'AP.request PUT /rest/atlassian-connect/1/addons/k/properties/settings' }] }),
    expect: { verdict: 'contradicted', messageId: 'stored', at: ['config.html:31'] },
  },
  {
    name: 'a page\'s write that holds no secret, and a server\'s that does',
    facts: makeFacts({ storage: [
      { ...storageWrite('app-property', ['other'], 'config.html', 31, 'settings'), api: 'AP.request PUT /rest/atlassian-connect/1/addons/k/properties/settings' },
      { ...storageWrite('app-property', ['secret'], 'src/install.js', 12, 'settings'), api: 'httpClient.put PUT /rest/atlassian-connect/1/addons/k/properties/settings' },
    ] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a secret of unknown origin',
    facts: makeFacts({ storage: [storageWrite('kvs-secret', ['other'], 'src/install.js', 7)] }),
    expect: { verdict: 'unverified', messageId: 'secrets', at: ['src/install.js:7'] },
  },
  {
    name: 'the product called with a user\'s API token',
    facts: makeFacts({ restCalls: [restCall('jira', 'GET', '/rest/api/3/search', 'GET /rest/api/3/search', 'src/app.js', 9), { ...restCall('jira', 'GET', '/rest/api/3/project', 'GET /rest/api/3/project', 'src/app.js', 12), auth: 'api-token' }] }),
    expect: { verdict: 'unverified', messageId: 'apiToken', at: ['src/app.js:12'] },
  },
  {
    name: 'the product called with a user\'s API token at a path not known before run time',
    facts: makeFacts({ unresolvedRestCalls: [{ ...restCall('jira', 'GET', '/rest/api/3/search', 'GET /rest/api/3/search', 'src/proxy.js', 21), path: null, auth: 'api-token' }] }),
    expect: { verdict: 'unverified', messageId: 'apiToken', at: ['src/proxy.js:21'] },
  },
];

describe('no-pats-or-shared-secrets', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

describe('no-pats-or-shared-secrets: recognised', () => {
  const made = (text: string) => recogniseText(text, { kind: 'statement', file: 's.md', line: 1, column: 1, text }).some((r) => r.claim.id === 'no-pats-or-shared-secrets');
  it('what the app asks for or stores, not what the user\'s browser keeps', () => {
    assert.equal(made('The app never stores your password.'), true);
    assert.equal(made('We never ask for your password; the browser handles sign-in.'), true);
    assert.equal(made('The browser never stores your password.'), false);
    assert.equal(made('Your web browser does not store the API key.'), false);
  });
});
