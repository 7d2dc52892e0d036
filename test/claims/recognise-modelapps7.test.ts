/** Wordings of the seventh set of model apps' statements that Candor did not read, each in its general form, beside near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('recognising the seventh model apps\' organisational wordings', () => {
  it('security issues that "can be reported" to an address and "are acknowledged within" a time', () => {
    assert.deepEqual(idsIn('Security issues can be reported to security@example.com and are acknowledged within 2 business days.'), ['disclosure-acknowledgement']);
    assert.deepEqual(idsIn('Vulnerabilities can be reported through our portal and are acknowledged within one week.'), ['disclosure-acknowledgement']);
  });

  it('"We review every release for security before it is published"', () => {
    assert.deepEqual(idsIn('We review every release for security before it is published.'), ['reviewed-before-release']);
    assert.deepEqual(idsIn('We check all changes for new permissions before we submit them.'), ['reviewed-before-release']);
    // A review of what users make is no release review.
    assert.deepEqual(idsIn('Admins review every page before it is published.'), []);
  });
});
