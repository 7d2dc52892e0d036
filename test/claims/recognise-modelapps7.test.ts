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

describe('recognising the seventh model apps\' scope lists', () => {
  const read = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).filter((r) => r.claim.id === 'exact-scopes').map((r) => r.params);
  it('"The app requests the READ and WRITE scopes:" then each one\'s purpose lists those scopes', () => {
    assert.deepEqual(read('The app requests the READ and WRITE scopes: READ to read the page being exported and WRITE to attach the export to the page.'), [{ scopes: [{ scope: 'READ' }, { scope: 'WRITE' }] }]);
    assert.deepEqual(read('The app requests the read:jira-work and storage:app scopes: read:jira-work to read issues and storage:app to keep settings.'), [{ scopes: [{ scope: 'read:jira-work' }, { scope: 'storage:app' }] }]);
    // One scope's use is no list of them all.
    assert.deepEqual(read('The app uses the READ scope to read the page.'), []);
  });
});

describe('recognising what the seventh model apps\' logs are said to hold', () => {
  it('"Logs record only" a list with no End-User Data in it denies End-User Data in logs; a list with some, or a period, does not', () => {
    assert.deepEqual(idsIn('Logs record only the number of objects created, updated or failed in each run.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Our logs contain only error codes and timestamps.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Logs record only the user who made the change.'), []);
    assert.deepEqual(idsIn('Logs contain only the page title.'), []);
    assert.deepEqual(idsIn('Logs are kept only 30 days.'), []);
  });
});
