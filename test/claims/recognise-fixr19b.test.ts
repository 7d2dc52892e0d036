/** Readings that reached past their subject or clause: where a team sits read as where data is, a denial's verb joined to a secret in the next clause. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const read = (text: string): Array<[string, Record<string, unknown>]> => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.claim.id, r.params]);
const ids = (text: string): string[] => read(text).map(([id]) => id);

describe('recognising where people sit, and denials held to their clause', () => {
  it('where a team, an office or the makers sit is no data-region claim', () => {
    for (const text of [
      'Our customer service team is located in India.',
      'The app is developed and maintained by a team that lives in Australia.',
      'Our support service is run from our office in Canada.',
      'Our support service is located in Canada.',
      'Our customer service team is located in the EU.',
      'Our developers work from the UK.',
    ]) assert.deepEqual(ids(text), [], text);
  });

  it('… while data, servers and hosting still say where data is, beside a team or not', () => {
    assert.deepEqual(read('Our team is based in Canada, and all data is stored in the EU.'), [['data-region', { area: 'EU', place: 'EU' }]]);
    assert.deepEqual(read('Customer data is processed by our support team in the EU.'), [['data-region', { area: 'EU', place: 'EU' }]]);
    assert.deepEqual(read('Our APIs are hosted on Fly.io in Sydney, Australia.'), [['data-region', { place: 'Australia' }]]);
    assert.deepEqual(read('Our servers are located in the EU.'), [['data-region', { area: 'EU', place: 'EU', hosting: true }]]);
  });

  it('a denial\'s verb does not reach a secret in another clause', () => {
    assert.deepEqual(ids("We don't submit your data to third parties, and API tokens are encrypted at rest."), ['encryption-at-rest']);
    assert.deepEqual(ids('We never type-check user input on the server, and passwords are hashed with bcrypt.'), []);
    // A comma before a subject of its own starts a clause too.
    assert.deepEqual(ids("We don't submit anything to third parties, the app stores API tokens in Forge secrets."), []);
  });

  it('a secret denied beside one the user hands over claims none', () => {
    for (const text of [
      'You never have to supply your Atlassian password; the app uses a GitHub token you create.',
      'You never have to supply your Atlassian password, the app uses a GitHub token you create.',
      'We never ask users to enter a password, but you paste your own OpenAI API key in the settings.',
    ]) assert.ok(!ids(text).includes('no-pats-or-shared-secrets'), text);
  });

  it('… while denials of secrets, in lists or beside another clause, stay', () => {
    for (const text of [
      'You never have to supply your Atlassian password or any API token.',
      'We never ask you for your email, name, or password.',
      'Users never submit credentials; the app signs in with OAuth.',
      "We don't need your password, and the app never stores API tokens.",
    ]) assert.ok(ids(text).includes('no-pats-or-shared-secrets'), text);
  });

  it('access reviews and identifiers kept from a vendor are read in their clause', () => {
    assert.deepEqual(ids('We restrict access to production, and invoices are audited annually.'), []);
    assert.deepEqual(ids('User access is reviewed every quarter.'), ['access-control']);
    assert.deepEqual(ids('Requests to DeepL use TLS, and the export includes nothing that identifies a user.'), []);
    assert.deepEqual(read('Calls to DeepL carry the text alone and nothing that identifies you.'), [['no-identifiers-to-vendor', { vendor: 'DeepL' }]]);
  });

  it('an incident notification\'s breach is in the clause that tells', () => {
    for (const text of [
      'We warn customers about planned maintenance within 24 hours, and incidents are posted on our status page.',
      'We inform admins of new releases within 7 days, and a security incident is handled by our on-call team.',
    ]) assert.deepEqual(ids(text), [], text);
    assert.deepEqual(read('We will inform you of any security incident within 48 hours.'), [['incident-notification', { within: ' within 48 hours' }]]);
    assert.deepEqual(ids('We warn affected admins of a compromise, and we do so within 72 hours.'), ['incident-notification']);
  });
});
