import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/kept-until-deleted.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { makeFacts, remoteFact, storageWrite } from './facts-builder.ts';

const boards = storageWrite('kvs', ['product-content'], 'src/boards.js', 12, 'board:{}');
const seen = storageWrite('kvs', ['account-id'], 'src/seen.js', 3, 'seen:{}');
const removal = { ...storageWrite('kvs', [], 'src/boards.js', 30, 'board:{}'), op: 'delete' as const, api: 'kvs.delete' };

const cases: Case[] = [
  {
    name: 'every write sets a KVS time-to-live: Forge deletes the data without the customer',
    facts: makeFacts({ storage: [{ ...boards, expiresAfter: 30 * 86400 }, { ...seen, expiresAfter: 3600 }] }),
    expect: { verdict: 'contradicted', messageId: 'expires', at: ['src/boards.js:12', 'src/seen.js:3'] },
  },
  {
    name: 'only some writes expire: the statement may mean the others',
    facts: makeFacts({ storage: [boards, { ...seen, expiresAfter: 3600 }] }),
    expect: { verdict: 'unverified', messageId: 'expiresSome', at: ['src/seen.js:3'] },
  },
  { name: 'the code deletes data, maybe only when asked', facts: makeFacts({ storage: [boards, removal] }), expect: { verdict: 'unverified', messageId: 'deletes', at: ['src/boards.js:30'] } },
  {
    name: 'a Forge remote that keeps data',
    facts: makeFacts({ storage: [boards], egress: { remotes: [remoteFact('archive', ['storage'], 20)] } }),
    expect: { verdict: 'unverified', messageId: 'remote', at: ['manifest.yml:20'] },
  },
  { name: 'no write expires and nothing is deleted', facts: makeFacts({ storage: [boards] }), expect: { verdict: 'verified', messageId: 'verified', at: ['src/boards.js:12'] } },
  { name: 'the Forge cache expires by itself and is not what the app keeps', facts: makeFacts({ storage: [storageWrite('cache', ['product-content'], 'src/cache.js', 4)] }), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
];

const source = { kind: 'statement' as const, file: 'statement.txt', line: 1, column: 1, text: '' };
const ids = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('kept-until-deleted', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('is data kept until the customer, a user or an admin deletes it', () => {
    assert.deepEqual(ids('Data is kept until the customer deletes it.'), ['kept-until-deleted']);
    assert.deepEqual(ids('We keep your checklists until you delete them.'), ['kept-until-deleted']);
    assert.deepEqual(ids('Reports are stored until deleted by an admin.'), ['kept-until-deleted']);
  });

  it('is not a policy still to come, an uninstall, or a sentence that also gives a period', () => {
    assert.deepEqual(ids('Data is kept until a retention policy exists.'), []);
    assert.deepEqual(ids('Data is kept until you remove the app.'), []);
    assert.deepEqual(ids('Reports are kept until you delete them, or for 90 days at most.'), []);
  });

  it('is about what the app keeps, not what the product keeps in its own issues and pages', () => {
    assert.deepEqual(ids('Files stay in Jira until a user deletes the issue.'), []);
    assert.deepEqual(ids('Attachments remain on the page until you delete it.'), []);
    assert.deepEqual(ids('Comments stay until a user deletes the issue.'), []);
    // the app's own storage, kept in the product
    assert.deepEqual(ids('Checklists are stored in Jira issue properties until you delete them.'), ['kept-until-deleted']);
    assert.deepEqual(ids('Checklists are kept in Forge storage until you delete them.'), ['kept-until-deleted']);
    // the app's own data, kept in the product's site or until its issue goes
    assert.deepEqual(ids('Your settings are kept in your Jira instance until you delete them.'), ['kept-until-deleted']);
    assert.deepEqual(ids('We keep your checklists within your Atlassian site until you delete them.'), ['kept-until-deleted']);
    assert.deepEqual(ids('Checklist items are kept until you delete the issue.'), ['kept-until-deleted']);
  });
});
