import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import claim from '../../src/claims/catalogue/no-write-scopes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { declared, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'read scopes only',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['read:confluence-content.all', 'storage:app']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Confluence write scope',
    params: { product: 'confluence' },
    facts: makeFacts({ scopes: { declared: declared(['read:confluence-content.all', 'write:confluence-content']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:21'] },
  },
  {
    name: 'delete and manage scopes write too',
    params: {},
    facts: makeFacts({ scopes: { declared: declared(['delete:page:confluence', 'manage:jira-project']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:20', 'manifest.yml:21'] },
  },
  {
    name: 'a Connect-on-Forge write scope',
    params: { product: 'jira' },
    facts: makeFacts({ app: { platform: 'connect-on-forge' }, scopes: { declared: declared(['write:connect-jira']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:20'] },
  },
];

describe('no-write-scopes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const found = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.md', line: 1, column: 1, text: sentence }).map((r) => [r.claim.id, r.params]);

  it('reads mutation scopes as write scopes', () => {
    assert.deepEqual(found('No Jira mutation scopes'), [['no-write-scopes', { product: 'jira' }]]);
    assert.deepEqual(found('The app requests no mutating permissions.'), [['no-write-scopes', {}]]);
  });

  it('reads "requests no write scopes" as scopes alone, not as issues left unedited', () => {
    assert.deepEqual(found('The app requests no write scopes.'), [['no-write-scopes', {}]]);
    assert.deepEqual(found('The app requests no write permissions.'), [['no-write-scopes', {}]]);
  });

  it("reads read-only access asked of another service (Google's OAuth scopes) as no claim about the app's scopes", () => {
    assert.deepEqual(found('We ask Google only for read-only access to Drive.'), []);
    assert.deepEqual(found('The app requests read-only access to your GitHub repositories.'), []);
    assert.deepEqual(found('The app has read-only access to your Confluence pages.'), [['no-write-scopes', { product: 'confluence' }]]);
    assert.deepEqual(found('The app only needs read-only access.'), [['no-write-scopes', {}]]);
  });
});
