/** Wordings the fifteenth round's merges read wrongly or left unread, each in its general form, beside the near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();

describe('recognising the fifteenth round\'s wordings', () => {
  it('a vendor whose name is an everyday word is named only as a name, never as the verb', () => {
    assert.deepEqual(idsIn('We only make calls to Jira and Confluence.'), ['no-egress']);
    assert.deepEqual(idsIn('We only render charts from Jira data.'), []);
    assert.deepEqual(read('We only send data to Make.'), [['egress-only-to', { hosts: ['hook.*.make.com', '*.make.com', '*.integromat.com'] }]]);
    assert.deepEqual(read('The app only talks to api.box.com.').map(([id]) => id), ['egress-only-to']);
  });

  it('"tracking of users" follows people about: no personal data named, and in a run of "no …" beside analytics it is that kind', () => {
    const analytics = [['third-parties-exactly', { parties: [], categories: ['analytics'] }]];
    assert.deepEqual(read('There is no tracking of users, no analytics'), analytics);
    assert.deepEqual(read('There is no tracking of users.'), []);
    assert.deepEqual(idsIn('We store no information about users.'), ['no-personal-data-stored']);
  });

  it('advertising or marketing tools may stand in a list of kinds of tools; alone they are no catalogue category', () => {
    assert.deepEqual(read('We do not use analytics, advertising or tracking tools.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(read('We do not use advertising tools.'), []);
  });

  it('a denial of scopes stops at ", and" opening a clause of its own', () => {
    assert.deepEqual(idsIn('We do not request read:jira-work, and write scopes are requested only for comments.'), []);
    assert.ok(!idsIn('We do not request read:jira-work, and we request write scopes only for comments.').includes('no-write-scopes'));
    assert.deepEqual(idsIn('We do not request write scopes, and read scopes are requested only for issues.'), ['no-write-scopes']);
    assert.deepEqual(idsIn('The app does not store data, and does not request write scopes.'), ['no-data-stored', 'no-write-scopes']);
  });

  it('personal data denied to "the AI provider" lists no identifier for it; to a named vendor, whatever else the sentence names first', () => {
    assert.deepEqual(read('The app never sends the reporter\'s name or any other personal data to the AI provider.'), [['ai-providers-and-data', { data: [] }]]);
    // Data at large denied to the app's own provider says nothing of which providers are used.
    assert.deepEqual(read('We never send data to the AI provider.'), []);
    assert.deepEqual(read('No other data is sent to external AI services.'), []);
    assert.deepEqual(read('The app never sends the reporter\'s name or any other personal data to OpenAI.'), [['no-identifiers-to-vendor', { vendor: 'OpenAI' }]]);
  });

  it('"No other AI provider receives your data" names the providers its paragraph names before it', () => {
    const inStatement = (text: string) => recogniseClaims(readStatement('s.md', text)).map((r) => [r.claim.id, r.params]);
    assert.deepEqual(inStatement('We use Anthropic for summaries. No other AI provider receives your data.\n'), [['ai-providers-and-data', { providers: ['Anthropic'] }]]);
    assert.deepEqual(inStatement('No other AI provider receives your data.\n'), []);
    // Held to consent, the second sentence adds nothing to what the first names ("We use Anthropic for summaries" names the provider it uses).
    assert.deepEqual(inStatement('We use Anthropic for summaries. No other AI provider receives your data without your consent.\n'), inStatement('We use Anthropic for summaries.\n'));
    assert.deepEqual(inStatement('We use Sentry for error tracking. No other AI provider receives your data without your consent.\n').filter(([id]) => id === 'ai-providers-and-data'), []);
  });

  it('AI output is content made from the product\'s, as a summary is: not stored, not logged', () => {
    assert.deepEqual(idsIn('We don\'t store AI output; suggestions are shown and then discarded.'), ['no-page-content-stored']);
    assert.deepEqual(idsIn('AI responses are never stored.'), ['no-page-content-stored']);
    assert.deepEqual(idsIn('We don\'t log AI output.'), ['no-end-user-data-in-logs']);
  });

  it('a store "hosted by Atlassian" is Atlassian\'s store, not what Atlassian does', () => {
    assert.deepEqual(idsIn('Worklogs are stored in Forge SQL hosted by Atlassian and nowhere else.'), ['storage-only-atlassian']);
    assert.deepEqual(idsIn('All data is stored in Forge SQL hosted by Atlassian.'), ['storage-only-atlassian']);
    // Worklogs alone, with no other store denied, say nothing of all the app keeps.
    assert.deepEqual(idsIn('Worklogs are stored in Forge SQL hosted by Atlassian.'), []);
    assert.deepEqual(idsIn('Page content is not changed by Atlassian.'), []);
  });
});
