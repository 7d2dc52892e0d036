import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import collectsOnly from '../../src/claims/catalogue/collects-only.ts';
import noPersonalDataStored, { kindsIn } from '../../src/claims/catalogue/no-personal-data-stored.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { accountDataKept } from '../../src/claims/storage.ts';
import type { PersonalDataUse } from '../../src/scan/facts.ts';
import { outcomeOf } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const use = (kind: PersonalDataUse['kind'], line: number): PersonalDataUse => ({ kind, action: 'stored', target: 'kvs', evidence: at('src/roster.ts', line) });
const facts = (list: PersonalDataUse[]) => makeFacts({ personalData: { uses: list, reporting: { calls: [], triggers: [] } } });
const source = { kind: 'statement' as const, file: 'statement.txt', line: 1, column: 1, text: '' };
const found = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'collects-only');

describe('phone numbers the app stores', () => {
  it('are the kind a sentence denying phone numbers names, not personal data as a whole', () => {
    assert.deepEqual(kindsIn('We do not store phone numbers.'), { kinds: ['phone-number'] });
    assert.deepEqual(kindsIn('We never keep mobile numbers or email addresses.'), { kinds: ['email', 'phone-number'] });
    assert.deepEqual(found('We only collect account IDs and phone numbers.')?.params, { kinds: ['account-id', 'phone-number'] });
  });

  it('contradict a denial of personal data and a list without them; a denial of email addresses only stands', () => {
    const stored = facts([use('phone-number', 20)]);
    assert.equal(outcomeOf(noPersonalDataStored, { name: '', params: {}, facts: stored, expect: { verdict: 'verified', messageId: '', at: [] } }).verdict, 'contradicted');
    assert.equal(outcomeOf(noPersonalDataStored, { name: '', params: { kinds: ['phone-number'] }, facts: stored, expect: { verdict: 'verified', messageId: '', at: [] } }).verdict, 'contradicted');
    assert.equal(outcomeOf(noPersonalDataStored, { name: '', params: { kinds: ['email'] }, facts: stored, expect: { verdict: 'verified', messageId: '', at: [] } }).verdict, 'verified');
    assert.equal(outcomeOf(collectsOnly, { name: '', params: { kinds: ['account-id'] }, facts: facts([use('account-id', 20), use('phone-number', 20)]), expect: { verdict: 'verified', messageId: '', at: [] } }).verdict, 'contradicted');
  });

  it('are no Atlassian account data the Personal Data Reporting API is for', () => {
    assert.deepEqual(accountDataKept(facts([use('phone-number', 20)])), []);
  });
});

describe('phone numbers denied in logs', () => {
  const ids = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id);
  it('are End-User Data a log denial names, as e-mail addresses are; a log that holds one, or the vendor\'s own number, is no denial', () => {
    assert.ok(ids('Responders\' phone numbers never appear in our logs.').includes('no-end-user-data-in-logs'));
    assert.ok(ids('Mobile numbers are not written to our log files.').includes('no-end-user-data-in-logs'));
    assert.deepEqual(ids('We log the on-call engineer\'s phone number when a page fails.'), []);
    assert.deepEqual(ids('Call our support line; the phone number is on our website.'), []);
  });
});
