/** Wordings the sixth set of model apps read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const claimsOf = (text: string): Array<[string, Record<string, unknown>]> =>
  recogniseClaims(readStatement('s.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);
const ids = (text: string): string[] => claimsOf(text).map(([id]) => id);

describe('recognising the wordings of the sixth model apps', () => {
  it('content named in a parenthesis before "to logs" is written to logs, not edited', () => {
    assert.deepEqual(ids('We never write End-User Data (request content, names or email addresses) to logs.'), ['no-end-user-data-in-logs']);
    // The parenthesis closes before the verbs' object: the object is still the product's.
    assert.deepEqual(ids('The app (a read-only viewer) never edits pages.'), ['no-content-create-edit-delete']);
  });

  it('"any analytics or product-tracking services" denies analytics as "analytics or tracking" does', () => {
    assert.deepEqual(claimsOf('We do not use any analytics or product-tracking services.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(claimsOf('We do not use product tracking to decide prices.'), []);
  });

  it('"The only data stored is X, kept in Forge storage" keeps everything in Atlassian', () => {
    assert.deepEqual(ids("The only data stored is each repository's configuration (a checkbox and a pattern), kept in Forge storage."), ['storage-only-atlassian']);
    assert.deepEqual(ids('The only data stored is your settings, and it is encrypted in Forge storage.'), []);
  });

  it('a host\'s dotted name between "hosted" and the place ("hosted on Fly.io in the EU")', () => {
    assert.deepEqual(claimsOf('Webhooks are served by our application service, hosted on Fly.io in the EU (Frankfurt).'), [['data-region', { area: 'EU', place: 'EU' }]]);
    assert.deepEqual(claimsOf('Our service is hosted on Fly.io. Support is in the EU.'), []);
  });

  it('"Data is only sent to X", then "any other external service": the destination named, not no egress', () => {
    assert.deepEqual(claimsOf('Data is only sent to your Zendesk subdomain (`*.zendesk.com`). The app does not communicate with any other external service.'), [['egress-only-to', { hosts: ['*.zendesk.com'] }]]);
    assert.deepEqual(claimsOf('Data is sent only to api.deepl.com.'), [['egress-only-to', { hosts: ['api.deepl.com'] }]]);
    // With no destination named before, "any other" is beside Atlassian: no egress.
    assert.deepEqual(ids('The app talks only to Jira. It does not communicate with any other external service.'), ['no-egress']);
  });
});
