import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import claim from '../../src/claims/catalogue/no-customer-content-outside-atlassian.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, makeFacts, remoteCall, remoteFact, sdkCall, storageWrite } from './facts-builder.ts';

/** A remote that declares no storage, whose code the scan linked (a Worker's folder). */
const workerRemote = { key: 'summariser', baseUrl: 'https://summariser.acme.workers.dev', hosts: ['summariser.acme.workers.dev'], operations: ['compute'], code: { folder: 'worker', by: 'deploy' as const, evidence: at('worker/wrangler.toml', 1) }, evidence: at('manifest.yml', 18) };

const cases: Case[] = [
  {
    name: 'content kept in KVS stays in Atlassian',
    facts: makeFacts({ storage: [storageWrite('kvs', ['product-content'], 'src/store.js', 22)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'prompts and account ids written to Supabase',
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id', 'resolver-payload'], 'lib/db.js', 53)] }),
    expect: { verdict: 'contradicted', messageId: 'stored', at: ['lib/db.js:53'] },
  },
  {
    name: 'counters written to an external database: not known to be content',
    facts: makeFacts({ storage: [storageWrite('external-db', ['other'], 'lib/db.js', 21)] }),
    expect: { verdict: 'unverified', messageId: 'otherStored', at: ['lib/db.js:21'] },
  },
  {
    name: 'page content sent to another host',
    facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/export.js', 14, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'sent', at: ['src/export.js:14'] },
  },
  {
    name: 'issue summaries sent to a Forge remote that declares storage',
    facts: makeFacts({ egress: { remotes: [remoteFact('digests', ['storage'])], calls: [remoteCall('digests', 'src/digest.js', 22, ['product-content'])] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['src/digest.js:22'] },
  },
  {
    name: 'settings sent to a Forge remote that declares storage: not End-User Data',
    facts: makeFacts({ egress: { remotes: [remoteFact('digests', ['storage'])], calls: [remoteCall('digests', 'src/index.js', 19, ['other'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'issue content handed to an AI SDK',
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('openai', 'src/summarise.js', 17, ['product-content'], 'chat.completions.create')] } }),
    expect: { verdict: 'unverified', messageId: 'sent', at: ['src/summarise.js:17'] },
  },
  {
    name: '"Page content is never stored on our servers", and the terms users type with their account ids are: not page content',
    params: { content: true },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id', 'resolver-payload'], 'app/api/terms.ts', 15)], egress: { sdkCalls: [sdkCall('posthog', 'components/analytics.tsx', 15, ['email', 'display-name'], 'identify', 'frontend')] } }),
    expect: { verdict: 'verified', messageId: 'verifiedContent', at: [] },
  },
  {
    name: '"Page content is never stored on our servers", and a page body written to the database',
    params: { content: true },
    facts: makeFacts({ storage: [storageWrite('external-db', ['product-content'], 'app/api/cache.ts', 9)] }),
    expect: { verdict: 'contradicted', messageId: 'stored', at: ['app/api/cache.ts:9'] },
  },
  {
    name: '"No source code is ever stored on our servers", and a pull request\'s title written to the database: maybe no code, unverified',
    params: { content: true, code: true },
    facts: makeFacts({ storage: [storageWrite('external-db', ['product-content'], 'app/api/builds.ts', 9)] }),
    expect: { verdict: 'unverified', messageId: 'codeUnknown', at: ['app/api/builds.ts:9'] },
  },
  {
    name: '"Page content is never stored outside Atlassian", and page text sent to a remote whose own code (a Worker) keeps what its requests bring',
    params: { content: true },
    facts: makeFacts({
      storage: [{ ...storageWrite('external-db', ['resolver-payload'], 'worker/src/index.ts', 45), remote: 'summariser' }, { ...storageWrite('external-db', ['account-id'], 'worker/src/index.ts', 47), remote: 'summariser' }],
      egress: { remotes: [workerRemote], calls: [call('remote:summariser', 'src/index.js', 39, ['product-content'])] },
    }),
    expect: { verdict: 'contradicted', messageId: 'remoteCode', at: ['src/index.js:39', 'worker/src/index.ts:45'] },
  },
  {
    name: '"Page content is never stored outside Atlassian", and page text sent to a remote whose code keeps only usage counts of its own: not kept',
    params: { content: true },
    facts: makeFacts({
      storage: [{ ...storageWrite('external-db', ['literal'], 'worker/src/index.ts', 47), remote: 'summariser' }],
      egress: { remotes: [workerRemote], calls: [call('remote:summariser', 'src/index.js', 39, ['product-content'])] },
    }),
    expect: { verdict: 'verified', messageId: 'verifiedContent', at: [] },
  },
];

describe('no-customer-content-outside-atlassian', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('a sentence that names the product\'s content alone is held to it; one that names other data beside it is not', () => {
    const paramsOf = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 's.txt', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === claim.id)?.params;
    assert.deepEqual(paramsOf('Page content is never stored on our servers; it is read, matched against your glossary and discarded.'), { content: true });
    assert.deepEqual(paramsOf('Issue data is never kept outside Atlassian.'), { content: true });
    assert.deepEqual(paramsOf('The app does not store any Confluence page content, user data, or metadata on external servers.'), {});
    assert.deepEqual(paramsOf('The app does not store customer content outside Atlassian systems.'), {});
    // "Jira data" is all the product holds, its users' account IDs and emails too; "Confluence content" is its content.
    assert.deepEqual(paramsOf('Jira data is never stored on our servers.'), {});
    assert.deepEqual(paramsOf('Confluence data is never stored on our servers.'), {});
    assert.deepEqual(paramsOf('Confluence content is never stored on our servers.'), { content: true });
    assert.deepEqual(paramsOf('Source code is never stored on our servers.'), { content: true, code: true });
  });
});
