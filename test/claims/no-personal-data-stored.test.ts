import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-personal-data-stored.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const remote = (operations: string[]) => [{ key: 'sync', baseUrl: 'https://sync.example.com', hosts: ['sync.example.com'], operations, evidence: at('manifest.yml', 19) }];
const sent = { kind: 'account-id' as const, action: 'sent' as const, target: 'remote:sync', evidence: at('src/sync.js', 12) };

const cases: Case[] = [
  { name: 'nothing personal stored', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'account ids sent to a remote that declares storage',
    facts: makeFacts({ personalData: { uses: [sent] }, egress: { remotes: remote(['storage']) } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/sync.js:12'] },
  },
  {
    name: 'account ids sent to a remote that only computes',
    facts: makeFacts({ personalData: { uses: [sent] }, egress: { remotes: remote(['compute']) } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'account ids and names kept in KVS',
    facts: makeFacts({
      personalData: {
        uses: [
          { kind: 'account-id', action: 'stored', target: 'kvs', evidence: at('src/store.js', 59) },
          { kind: 'display-name', action: 'stored', target: 'kvs', evidence: at('src/store.js', 59) },
          { kind: 'account-id', action: 'read', target: '/rest/api/3/user', evidence: at('src/jira.js', 38) },
        ],
      },
    }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/store.js:59'] },
  },
  {
    name: '"we do not store email addresses" while account IDs are stored',
    params: { kinds: ['email'] },
    facts: makeFacts({ personalData: { uses: [{ kind: 'account-id', action: 'stored', target: 'sql', evidence: at('src/db.js', 5) }] } }),
    expect: { verdict: 'verified', messageId: 'verifiedKinds', at: [] },
  },
  {
    name: '"we do not store email addresses" while emails are stored in SQL',
    params: { kinds: ['email'] },
    facts: makeFacts({
      personalData: {
        uses: [
          { kind: 'account-id', action: 'stored', target: 'sql', evidence: at('src/db.js', 5) },
          { kind: 'email', action: 'stored', target: 'sql', evidence: at('src/db.js', 5) },
        ],
      },
    }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/db.js:5'] },
  },
  {
    name: '"we do not store IP addresses" while clients\' addresses are kept in an audit table',
    params: { kinds: ['ip-address'] },
    facts: makeFacts({ personalData: { uses: [{ kind: 'ip-address', action: 'stored', target: 'external-db', evidence: at('src/audit.js', 14) }] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/audit.js:14'] },
  },
  {
    name: 'no personal data stored, while IP addresses are',
    facts: makeFacts({ personalData: { uses: [{ kind: 'ip-address', action: 'stored', target: 'external-db', evidence: at('src/audit.js', 14) }] } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/audit.js:14'] },
  },
];

describe('no-personal-data-stored params', () => {
  it('names the kinds a sentence names, and none for personal data as a whole', () => {
    const params = (sentence: string) => claim.params?.(sentence, /x/.exec('x')!);
    assert.deepEqual(params('We do not store email addresses.'), { kinds: ['email'] });
    assert.deepEqual(params('We do not store IP addresses.'), { kinds: ['ip-address'] });
    assert.deepEqual(params('We do not store personal data such as account IDs or email addresses.'), {});
  });
});

describe('no-personal-data-stored', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
