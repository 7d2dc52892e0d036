/** Wordings four model apps written blind showed misread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();

describe('recognising the model apps\' wordings', () => {
  it('servers named as where data is not kept, and data of one thing, are no denial that the app keeps data at all', () => {
    assert.ok(!idsIn('No data is stored on servers operated by GitPulse.').includes('no-data-stored'));
    assert.ok(!idsIn('Pull request data is fetched live from GitHub and is never stored.').includes('no-data-stored'));
    assert.ok(idsIn('Data is never stored by the app.').includes('no-data-stored'));
    assert.ok(idsIn('Nothing you enter is saved.').includes('no-data-stored'));
    // A back end the app has not, beside the denial, is no place.
    assert.ok(idsIn('The app has no backend and stores nothing.').includes('no-data-stored'));
    assert.ok(idsIn('The app does not store data and has no backend.').includes('no-data-stored'));
    assert.ok(idsIn('No data is stored by the app, since it has no servers.').includes('no-data-stored'));
    assert.ok(!idsIn('No data is kept in any infrastructure run by us.').includes('no-data-stored'));
  });

  it('read-only access another service\'s OAuth app asks for is that service\'s scope, not a product scope', () => {
    assert.deepEqual(idsIn('The GitHub OAuth app requests read-only access to repositories.'), []);
    assert.deepEqual(idsIn('Our Google API client asks only for read-only access.'), []);
    assert.deepEqual(idsIn('The app has read-only access to Jira.'), ['no-write-scopes']);
    assert.deepEqual(idsIn('The Jira app requests read-only access.'), ['no-write-scopes']);
  });
});

describe('recognising denials of secrets in logs', () => {
  it('reads tokens, secrets and credentials kept out of logs as no-end-user-data-in-logs of secrets', () => {
    assert.deepEqual(idsIn('GitHub tokens and client secrets are never written to logs.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Our request logs do not contain authentication tokens.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Passwords are never logged.'), ['no-end-user-data-in-logs']);
  });
});

describe('recognising what analytics events hold', () => {
  it('reads "analytics events never contain account IDs" as no personal data sent to analytics vendors', () => {
    assert.deepEqual(read('Analytics events never contain Atlassian account IDs or file names.'), [['no-end-user-data-to-third-parties', { kinds: ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'], categories: ['analytics'] }]]);
    assert.deepEqual(idsIn('Analytics events are sent to Mixpanel.'), []);
  });
});

describe('recognising the model apps\' other wordings', () => {
  it('a vendor in apposition as the only sub-processor, error logs that hold only codes, incidents communicated to customers', () => {
    assert.deepEqual(idsIn('Digest emails are delivered through Postmark, our only sub-processor.'), ['third-parties-exactly']);
    assert.deepEqual(idsIn('We send email, our only sub-processor.'), []);
    assert.deepEqual(idsIn('Error logs contain only HTTP status codes.'), ['no-end-user-data-in-logs']);
    assert.deepEqual(idsIn('Error logs contain only the user\'s name.'), []);
    assert.deepEqual(idsIn('Security incidents affecting customer data are communicated to affected customers within 72 hours.'), ['incident-notification']);
    assert.deepEqual(idsIn('Feature requests are communicated to customers within 2 days.'), []);
  });
});

describe('recognising backups deleted with the app', () => {
  it('reads the app\'s own backups deleted on uninstall as data deleted on uninstall, not a backup policy', () => {
    assert.deepEqual(idsIn('When the app is uninstalled, all backups for that site are deleted immediately.'), ['data-deleted-on-uninstall']);
    assert.deepEqual(idsIn('We back up the database every night.'), ['backups']);
  });
});
