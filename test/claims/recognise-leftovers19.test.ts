/** Wordings the nineteenth round's leftovers named, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const read = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);
const table = (header: string, row: string): Array<[string, Record<string, unknown>]> => read(`${header}\n${header.replace(/[^|]+/g, '---')}\n${row}`);

describe('recognising the nineteenth round\'s leftovers', () => {
  it('realm pinning, supported or offered to customers, is data residency for the locations it names', () => {
    assert.deepEqual(read('Data residency realm pinning is supported for the EU realm.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('Customers can pin their data to the EU realm.'), [['data-residency-supported', { all: false, realms: ['EU'] }]]);
    assert.deepEqual(read('Realm pinning: EU, US, AU'), [['data-residency-supported', { all: false, realms: ['EU', 'US', 'AU'] }]]);
    // Denied, planned, or the site's own data: no claim.
    assert.deepEqual(read('Realm pinning is not supported.'), []);
    assert.deepEqual(read('We do not offer realm pinning.'), []);
    assert.deepEqual(read('Realm pinning: planned for 2027.'), []);
    assert.deepEqual(read('Customers can pin their Jira data to the EU.'), []);
  });

  it('a table row answered in words is read as a check mark is; plans that differ, or a plan to come, are not', () => {
    assert.deepEqual(table('| Feature | Status |', '| Data residency | Available on Premium |'), [['data-residency-supported', { all: false }]]);
    assert.deepEqual(table('| Feature | Status |', '| Data residency | Supported for EU and US |'), [['data-residency-supported', { all: false, realms: ['EU', 'US'] }]]);
    assert.deepEqual(table('| Feature | Free | Premium |', '| Data residency | Available | Available |'), [['data-residency-supported', { all: false }]]);
    assert.deepEqual(table('| Feature | Free | Premium |', '| Data residency | Not available | Available on Premium |'), []);
    assert.deepEqual(table('| Feature | Status |', '| Data residency | Coming soon |'), []);
    assert.deepEqual(table('| Feature | Status |', '| AI features | Not available |'), [['ai-providers-and-data', { providers: [], any: true }]]);
  });

  it('a questionnaire answer under a control ID of CCM v4 ("A&A-02.1"), or after its own "Answer:" label, answers its question', () => {
    assert.deepEqual(read('A&A-02.1: Does the app store personal data? No'), [['no-personal-data-stored', {}]]);
    assert.deepEqual(read('Question ID: DSP-10.1\n\nQuestion:\n\nDoes the app store personal data?\n\nAnswer:\n\nNo'), [['no-personal-data-stored', {}]]);
    // An answer with no question asks nothing.
    assert.deepEqual(read('Answer:\n\nNo'), []);
  });

  it('a denial of all AI is one of Atlassian\'s models too; a denial of third-party AI is not', () => {
    assert.deepEqual(read('The app uses no AI.'), [['ai-providers-and-data', { providers: [], any: true }]]);
    assert.deepEqual(read('No AI services are used.'), [['ai-providers-and-data', { providers: [], any: true }]]);
    assert.deepEqual(read('The app does not send data to any third-party AI.'), [['ai-providers-and-data', { providers: [] }]]);
    assert.deepEqual(read('We do not use any AI services outside Atlassian.'), [['ai-providers-and-data', { providers: [] }]]);
  });

  it('the fields of content sent to an AI provider, or kept from it', () => {
    assert.deepEqual(read('Only the issue summary is sent to OpenAI.'), [['ai-providers-and-data', { to: ['OpenAI'], data: ['the issue summary'], only: true }]]);
    assert.deepEqual(read('We never send comments to the AI model.'), [['ai-providers-and-data', { withheld: ['comments'] }]]);
    assert.deepEqual(read('Comments are never sent to OpenAI.'), [['ai-providers-and-data', { to: ['OpenAI'], withheld: ['Comments'] }]]);
    // Identifiers kept from a vendor are no-identifiers-to-vendor's; a field held to consent, and a vendor that is no AI, make no such claim.
    assert.deepEqual(read('Account IDs are never sent to OpenAI.').map(([id]) => id), ['no-identifiers-to-vendor']);
    assert.deepEqual(read('We never send comments to the AI model without your consent.'), []);
    assert.deepEqual(read('Error reports are sent to Sentry.'), []);
  });
});
