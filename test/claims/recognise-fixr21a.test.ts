/** Readings left by the twentieth and twenty-first rounds, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const paramOf = (sentence: string, id: string, key: string): unknown => read(sentence).find(([found]) => found === id)?.[1][key];
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('recognising the readings left by the twenty-first round', () => {
  it('a line of several labels, each with its value, is read label by label', () => {
    assert.deepEqual(idsIn('Forge remotes: none. Outbound calls: none. Web triggers: one.'), ['no-egress', 'no-remotes']);
    assert.deepEqual(idsIn('Pricing: free. Support: by e-mail.'), []);
  });

  it('a kind of data and its storage denied by a noun ("There\'s no data storage", "Zero data storage.")', () => {
    assert.deepEqual(idsIn('There\'s no customer data storage on our side.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('Zero data storage. Zero outbound requests.'), ['no-data-stored', 'no-egress']);
    assert.deepEqual(idsIn('There is no personal data storage.'), ['no-personal-data-stored']);
    assert.deepEqual(idsIn('No data storage fees apply to the Standard plan.'), []);
    assert.deepEqual(idsIn('There is no data storage limit on Premium sites.'), []);
  });

  it('a verb the subject repeats after a comma, with a denial of its own, is its own clause (", sets no cookies")', () => {
    assert.deepEqual(idsIn('The plugin neither keeps nor forwards personal information, places no cookies, and shows no advertising.'), ['no-personal-data-stored']);
    assert.deepEqual(idsIn('The app keeps issue summaries in its own database, sets no cookies, and shows no ads.'), []);
  });

  it('"and" before "all" or "everything" opens a clause of its own: the first clause\'s "no" does not cover it', () => {
    assert.deepEqual(idsIn('Our app runs no servers of its own and all of your data remains in Confluence.'), ['no-external-backend', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('We operate no back end, and everything the app keeps stays inside your Jira site.'), ['no-external-backend', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('We have no office in Europe and all of our staff are remote.'), []);
  });

  it('recipients named by kinds joined by "or" ("analytics or telemetry services"), each kind its catalogue category', () => {
    assert.deepEqual(paramOf('No analytics or telemetry services receive customer data.', 'no-end-user-data-to-third-parties', 'categories'), ['analytics']);
    assert.deepEqual(paramOf('We never share personal data with error-tracking or monitoring tools.', 'no-end-user-data-to-third-parties', 'categories'), ['error-tracking', 'monitoring']);
    assert.deepEqual(idsIn('Our telemetry and analytics providers are listed on the sub-processors page.'), []);
  });

  it('"Neither we nor any partner of ours receives ...": the vendor denied first is no egress, as "not sent to us or to any third party" is', () => {
    assert.deepEqual(idsIn('Neither we nor any partner of ours gets your page content.'), ['no-egress', 'no-end-user-data-to-third-parties']);
    assert.equal(paramOf('Neither we nor any partner of ours gets your page content.', 'no-egress', 'content'), true);
    assert.deepEqual(idsIn('Neither we nor any third party receives your data.'), ['no-egress', 'no-end-user-data-to-third-parties']);
    assert.deepEqual(idsIn('Neither we nor any partner of ours sells your data.'), []);
  });

  it('a denial that leaves out its verb takes the participle before it, when it names a server of the vendor\'s', () => {
    assert.deepEqual(idsIn('Exported charts are saved as attachments in Confluence and never on servers of ours.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('Your data is stored in the EU and not in the US.'), ['data-region']);
  });

  it('hosts written before "only" ("from gravatar.com only"), or after "only from", are the only egress', () => {
    assert.deepEqual(paramOf('The gadget downloads avatars from gravatar.com and secure.gravatar.com only.', 'egress-only-to', 'hosts'), ['gravatar.com', 'secure.gravatar.com']);
    assert.deepEqual(paramOf('The app retrieves exchange rates only from api.frankfurter.app.', 'egress-only-to', 'hosts'), ['api.frankfurter.app']);
    assert.deepEqual(idsIn('Customers download the installer from example-vendor.com only.'), []);
    assert.deepEqual(idsIn('We do not fetch anything from example.com only.'), []);
  });

  it('calls made as the app, "never on behalf of a user", are calls-as-app, the opposite of calls-as-user', () => {
    assert.deepEqual(idsIn('Every request to Confluence is made as the app, never on behalf of the viewing user.'), ['calls-as-app']);
    assert.deepEqual(idsIn('All requests to the Jira REST API are made on behalf of the signed-in user, never as the app.'), ['calls-as-user']);
  });
});
