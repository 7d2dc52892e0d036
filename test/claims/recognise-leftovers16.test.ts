/** Wordings the fifteenth round left unread or read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const read = (sentence: string): Array<[string, Record<string, unknown>]> => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
const idsIn = (sentence: string): string[] => read(sentence).map(([id]) => id).sort();
const idsOf = (file: string, text: string): string[] => recogniseClaims(readStatement(file, text)).map((r) => r.claim.id).sort();

describe('recognising the wordings the fifteenth round left', () => {
  it('a Bitbucket pull request or repository is content a denial of changes names', () => {
    assert.deepEqual(read('The merge check never modifies pull requests.'), [['no-content-create-edit-delete', { object: 'pull-request', actions: ['edit'] }]]);
    assert.deepEqual(read('Our merge check does not change or delete PRs.'), [['no-content-create-edit-delete', { object: 'pull-request', actions: ['edit', 'delete'] }]]);
    assert.deepEqual(read('The app never writes to your repositories.'), [['no-content-create-edit-delete', { object: 'repository', actions: ['edit'] }]]);
    // "read-only" covers a Bitbucket app's pull requests and repositories both; a merge check by its kind is the app.
    const all = [['no-content-create-edit-delete', { object: 'content', actions: ['create', 'edit', 'delete'] }]];
    assert.deepEqual(read('MergeGuard is read-only: it never writes to your repositories or pull requests.'), all);
    assert.deepEqual(read('The merge check is read-only.'), all);
    // A Jira Service Management request is still an issue; a condition still holds no claim.
    assert.deepEqual(read('The app does not modify customer requests.'), [['no-content-create-edit-delete', { object: 'issue', actions: ['edit'] }]]);
    assert.deepEqual(idsIn('Pull requests are never merged or edited by the app without a reviewer\'s approval.'), []);
  });

  it('"own servers" without "our" is the vendor\'s: copies denied there are data kept outside Atlassian, not no storage at all', () => {
    assert.deepEqual(idsIn('At no time are copies of your data created on own servers.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('Your data is never saved to own databases.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('Customers who self-host keep the data on own servers.'), []);
  });

  it('a count of outside services, then their names, is egress to those alone', () => {
    assert.deepEqual(read('The app talks to exactly one outside service: Slack.'), [['egress-only-to', { hosts: ['slack.com', '*.slack.com'] }]]);
    assert.deepEqual(read('The app calls a single external API: DeepL.').map(([id]) => id), ['egress-only-to']);
    assert.deepEqual(idsIn('The app talks to one external service.'), []);
    assert.deepEqual(idsIn('We may connect to one external service, such as Slack, if you enable it.'), []);
  });

  it('a data-flow line\'s hop at the vendor\'s server gives where that server runs; the AI provider after it is still named', () => {
    assert.deepEqual(read('Jira → our API (AWS eu-west-1) → OpenAI'), [
      ['ai-providers-and-data', { providers: ['OpenAI'] }],
      ['data-region', { area: 'EU', place: 'eu-west-1', hosting: true }],
    ]);
    assert.deepEqual(read('Data goes to our backend in Frankfurt.'), [['data-region', { area: 'EU', place: 'Frankfurt', hosting: true }]]);
    assert.deepEqual(idsIn('Jira → Settings → Apps → Region (EU)'), []);
    assert.deepEqual(idsIn('Requests go to our API, not to any server in the EU.'), []);
  });

  it('Claude names Anthropic, the vendor whose models it is', () => {
    assert.deepEqual(read('Claude receives the issue summary but not the description or comments.'), [['ai-providers-and-data', { to: ['Anthropic'], data: ['the issue summary'] }]]);
    assert.deepEqual(read('We send the issue summary to Claude.'), [['ai-providers-and-data', { to: ['Anthropic'], data: ['the issue summary'] }]]);
    assert.deepEqual(idsIn('Until Claude receives the prompt, nothing is shown.'), []);
  });

  it('a table whose columns are the questions answers each in its cell; a table of apps answers for each app, no claim', () => {
    assert.deepEqual(idsOf('s.md', '| Does the app store End-User Data? | Does the app log End-User Data? |\n| --- | --- |\n| No | No |\n'), ['no-data-stored', 'no-end-user-data-in-logs']);
    assert.deepEqual(idsOf('s.md', '| App | Does it store personal data? |\n| --- | --- |\n| Board Sync | No |\n| Team Timer | Yes |\n'), []);
  });

  it('one kind of data in a store of Forge\'s says nothing of where the rest is kept, with "only" after the store or without it', () => {
    assert.deepEqual(idsIn('Worklogs are stored in Forge SQL.'), []);
    assert.deepEqual(idsIn('The app stores worklogs in Forge SQL only.'), []);
    assert.deepEqual(idsIn('The app keeps all its data in Forge SQL.'), ['storage-only-atlassian']);
  });

  it('a job that deletes what is older than a period keeps data that long; a user\'s deletion, a request or logs are not that', () => {
    assert.deepEqual(read('A nightly job deletes issue snapshots older than 30 days.'), [['retention-period', { period: '30 days' }]]);
    assert.deepEqual(read('The cleanup task purges anything older than 90 days.'), [['retention-period', { period: '90 days' }]]);
    assert.deepEqual(idsIn('You can delete snapshots older than 30 days.'), []);
    assert.deepEqual(idsIn('We delete log entries older than 14 days.'), []);
    assert.deepEqual(idsIn('The app syncs every 15 minutes.'), []);
  });

  it('a pipe table in a plain-text statement is read as a table: its questions answered "No", its "Where it is stored" column', () => {
    const text = 'Data handling\n\nQuestion | Answer\nDoes the app store personal data? | No\n\nData | Where it is stored | How long\nSettings | Forge storage | Until uninstall\n';
    assert.deepEqual(idsOf('statement.txt', text), ['no-personal-data-stored', 'storage-only-atlassian']);
  });
});
