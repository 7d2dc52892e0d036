import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/exact-scopes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { at, declared, makeFacts } from './facts-builder.ts';

const handoff = [
  { scope: 'read:jira-work', purpose: 'read Jira issues and project data for queue browsing and handoff workflows' },
  { scope: 'write:jira-work', purpose: 'post ADF comments to Jira issues for handoff audit trails only' },
  { scope: 'read:jira-user', purpose: 'fetch user display names for sender attribution' },
  { scope: 'storage:app', purpose: 'read and write Forge KV Storage for all app state' },
];

const cases: Case[] = [
  {
    name: 'the four scopes of Handoff for Jira',
    params: { scopes: handoff, count: 4 },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work', 'write:jira-work', 'read:jira-user', 'storage:app'], 40) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:40', 'manifest.yml:41', 'manifest.yml:42', 'manifest.yml:43'] },
  },
  {
    name: 'a new scope the statement does not list',
    params: { scopes: handoff, count: 4 },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work', 'write:jira-work', 'read:jira-user', 'storage:app', 'read:confluence-content.all'], 40) } }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['manifest.yml:44'] },
  },
  {
    name: 'a listed scope the app no longer declares',
    params: { scopes: handoff },
    facts: makeFacts({ scopes: { declared: declared(['read:jira-work', 'write:jira-work', 'storage:app'], 40) } }),
    expect: { verdict: 'contradicted', messageId: 'notDeclared', at: ['manifest.yml:40', 'manifest.yml:41', 'manifest.yml:42'] },
  },
  {
    name: 'the stated count differs (the list repeats a scope)',
    params: { scopes: [{ scope: 'storage:app' }, { scope: 'storage:app' }], count: 2 },
    facts: makeFacts({ scopes: { declared: declared(['storage:app'], 40) } }),
    expect: { verdict: 'contradicted', messageId: 'count', at: ['manifest.yml:40'] },
  },
  {
    name: 'a Connect descriptor: READ and WRITE are read:connect-confluence and write:connect-confluence',
    params: { scopes: [{ scope: 'read:connect-confluence' }, { scope: 'write:connect-confluence' }] },
    facts: makeFacts({ app: { platform: 'connect', products: ['confluence'] }, scopes: { declared: declared(['READ', 'WRITE'], 26) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:26', 'manifest.yml:27'] },
  },
  {
    name: 'a listed scope nothing uses is still declared: verified, with a note',
    params: { scopes: [{ scope: 'storage:app' }, { scope: 'read:jira-user' }] },
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'read:jira-user'], 40), unused: [{ scope: 'read:jira-user', evidence: at('manifest.yml', 41) }] } }),
    expect: { verdict: 'verified', messageId: 'verifiedUnused', at: ['manifest.yml:40', 'manifest.yml:41'] },
  },
  {
    name: 'said "each used for the purpose listed", a listed scope nothing uses contradicts it',
    params: { scopes: [{ scope: 'storage:app' }, { scope: 'read:jira-user' }], used: true },
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'read:jira-user'], 40), unused: [{ scope: 'read:jira-user', evidence: at('manifest.yml', 41) }] } }),
    expect: { verdict: 'contradicted', messageId: 'unusedStated', at: ['manifest.yml:41'] },
  },
  {
    name: 'from the profile: { id: exact-scopes } uses the keys of scopes',
    params: {},
    profile: { scopes: { 'storage:app': 'app state' } },
    facts: makeFacts({ scopes: { declared: declared(['storage:app', 'read:jira-work'], 40) } }),
    expect: { verdict: 'contradicted', messageId: 'unlisted', at: ['manifest.yml:41'] },
  },
];

describe('exact-scopes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads "These are the only scopes the app requests." by the scopes the sentences before it name', () => {
    const read = (lines: string[]) => recogniseClaims(readStatement('s.md', lines.join('\n'))).filter((r) => r.claim.id === 'exact-scopes').map((r) => [r.source.line, (r.params as { scopes: Array<{ scope: string }> }).scopes.map((s) => s.scope)]);
    assert.deepEqual(read(['We request read:page:confluence to read the links on a page, and storage:app for preferences. These are the only scopes the app requests.', '']), [[1, ['read:page:confluence', 'storage:app']]]);
  });

  it('reads whether the sentence says each scope is used', () => {
    const used = (lines: string[]) => recogniseClaims(readStatement('s.md', lines.join('\n'))).filter((r) => r.claim.id === 'exact-scopes').map((r) => (r.params as { used?: true }).used ?? false);
    assert.deepEqual(used(['The app requests the following scopes, each used for the purpose listed:', '', '- read:jira-work — read issues', '- storage:app — settings', '']), [true]);
    assert.deepEqual(used(['Only two scopes are requested, each with a specific purpose:', '', '- read:jira-work — read issues', '- storage:app — settings', '']), [true]);
    assert.deepEqual(used(['The app requests the following scopes:', '', '- read:jira-work — read issues', '- storage:app — settings', '']), [false]);
  });

  it('does not read some of the scopes ("Notable scopes include:") as the list of them', () => {
    const lines = (head: string) => recogniseClaims(readStatement('s.md', `# Permissions\n\n${head}\n\n- read:jira-work: reads the issue\n- write:jira-work: writes the summary back\n`)).filter((r) => r.claim.id === 'exact-scopes').length;
    assert.equal(lines('Notable scopes include:'), 0);
    assert.equal(lines('Scopes such as these:'), 0);
    assert.equal(lines('The app requests:'), 1);
  });
});
