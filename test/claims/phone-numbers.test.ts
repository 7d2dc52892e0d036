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
