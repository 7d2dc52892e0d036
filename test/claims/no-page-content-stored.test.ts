import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import claim from '../../src/claims/catalogue/no-page-content-stored.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { call, egressEntry, log, makeFacts, remoteCall, remoteFact, restCall, storageWrite } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'job progress only',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/jobs.js', 14), storageWrite('kvs', ['resolver-payload'], 'src/jobs.js', 29)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a page body cached in KVS',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/jobs.js', 14), storageWrite('kvs', ['product-content'], 'src/confluence.js', 17, 'page:{}')] }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['src/confluence.js:17'] },
  },
  {
    name: 'a page body passed to console.log',
    facts: makeFacts({ logs: [log(['product-content'], 'src/index.js', 53)] }),
    expect: { verdict: 'contradicted', messageId: 'logged', at: ['src/index.js:53'] },
  },
  {
    name: 'issue summaries sent to a Forge remote that declares storage',
    facts: makeFacts({ egress: { remotes: [remoteFact('digests', ['storage', 'compute'])], calls: [remoteCall('digests', 'src/digest.js', 22, ['product-content'])] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['src/digest.js:22'] },
  },
  {
    name: 'issue summaries sent to a compute-only remote',
    facts: makeFacts({ egress: { remotes: [remoteFact('digests', ['compute'])], calls: [remoteCall('digests', 'src/digest.js', 22, ['product-content'])] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a browser console log is not kept',
    facts: makeFacts({ logs: [log(['product-content'], 'static/app.js', 9, 'frontend')] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'only attachments and comments denied: a summary kept is content the scan cannot tell from them',
    params: { parts: ['attachments', 'comments'] },
    facts: makeFacts({ storage: [storageWrite('kvs', ['product-content', 'account-id'], 'src/approvals.js', 31)] }),
    expect: { verdict: 'unverified', messageId: 'parts', at: ['src/approvals.js:31'] },
  },
  {
    name: 'only comments denied, and no content kept',
    params: { parts: ['comments'] },
    facts: makeFacts({ storage: [storageWrite('kvs', ['account-id'], 'src/approvals.js', 31)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'only source code denied, and the app reads pull requests but no source: what it keeps is no code',
    params: { parts: ['source code'] },
    facts: makeFacts({
      restCalls: [restCall('bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}', null, 'src/merge-check.js', 12)],
      storage: [storageWrite('kvs', ['product-content'], 'src/merge-check.js', 20)],
    }),
    expect: { verdict: 'verified', messageId: 'noCode', at: ['src/merge-check.js:20'] },
  },
  {
    name: 'only source code denied, and the app reads files of the source and keeps what it reads of Bitbucket',
    params: { parts: ['source code'] },
    facts: makeFacts({
      restCalls: [restCall('bitbucket', 'GET', '/2.0/repositories/{}/{}/src/{}/{}', null, 'src/lint.js', 8), restCall('bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}/diff', null, 'src/lint.js', 9)],
      egress: { remotes: [remoteFact('indexer', ['storage'])], calls: [remoteCall('indexer', 'src/lint.js', 15, ['product-content'])] },
    }),
    expect: { verdict: 'contradicted', messageId: 'code', at: ['src/lint.js:8', 'src/lint.js:9', 'src/lint.js:15'] },
  },
  {
    name: 'only source code denied, and the app reads source and pull requests: Candor cannot tell which it keeps',
    params: { parts: ['source code'] },
    facts: makeFacts({
      restCalls: [restCall('bitbucket', 'GET', '/2.0/repositories/{}/{}/src/{}/{}', null, 'src/lint.js', 8), restCall('bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests/{}', null, 'src/lint.js', 9)],
      storage: [storageWrite('kvs', ['product-content'], 'src/lint.js', 20)],
    }),
    expect: { verdict: 'unverified', messageId: 'parts', at: ['src/lint.js:20'] },
  },
  {
    name: 'only source code denied, and the app fetches raw files from a code host and stores what it gets: not product content to the scan, but maybe code',
    params: { parts: ['source code'] },
    facts: makeFacts({
      egress: { declared: [egressEntry('raw.githubusercontent.com', 23)], calls: [call('raw.githubusercontent.com', 'src/embed.js', 11)] },
      storage: [storageWrite('kvs', ['other'], 'src/embed.js', 13), storageWrite('kvs', ['product-content'], 'src/snapshot.js', 7)],
    }),
    expect: { verdict: 'unverified', messageId: 'codeHost', at: ['src/embed.js:11', 'manifest.yml:23', 'src/embed.js:13', 'src/snapshot.js:7'] },
  },
  {
    name: 'only source code denied, and a server calls Bitbucket\'s API by egress and keeps something',
    params: { parts: ['source code'] },
    facts: makeFacts({ egress: { calls: [call('api.bitbucket.org', 'lib/sync.js', 30)] }, storage: [storageWrite('external-db', ['other'], 'lib/sync.js', 41)] }),
    expect: { verdict: 'unverified', messageId: 'codeHost', at: ['lib/sync.js:30', 'lib/sync.js:41'] },
  },
];

describe('no-page-content-stored', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  const paramsIn = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 'statement.md', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === 'no-page-content-stored')?.params ?? null;

  // "Issue data" is the issues' content: their keys and statuses are references (no End-User Data to the scan), their people
  // personal data, which vendors name apart ("stores only issue keys and the account IDs of watchers") and other claims check.
  it('"We do not store issue data": an issue\'s key, status and assignee kept are no content; its summary is', async () => {
    const keeping = async (value: string) => {
      const { facts } = await scanFiles({
        'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
        'package.json': JSON.stringify({ name: 'seen', dependencies: { '@forge/api': '^5.0.0', '@forge/kvs': '^1.0.0' } }),
        'src/index.js': [
          "import api, { route } from '@forge/api';",
          "import { kvs } from '@forge/kvs';",
          'export const run = async (event) => {',
          '  const issue = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.id}`)).json();',
          `  await kvs.set(\`seen-\${event.issue.id}\`, ${value});`,
          '};',
          '',
        ].join('\n'),
      });
      const params = paramsIn('We do not store issue data.');
      assert.deepEqual(params, {});
      return outcomeOf(claim, { name: '', params: params!, facts, expect: { verdict: 'verified', messageId: '', at: [] } }).verdict;
    };
    assert.equal(await keeping('{ key: issue.key, status: issue.fields.status.name, assignee: issue.fields.assignee.accountId }'), 'verified');
    assert.equal(await keeping('{ key: issue.key, summary: issue.fields.summary }'), 'contradicted');
  });

  it('source code denied, as vendors of Bitbucket apps word it; not secrets kept in the vendor\'s own source code', () => {
    for (const sentence of ['We never store your code.', 'Candor never reads or stores your source code.', 'Your source code is never stored.']) assert.deepEqual(paramsIn(sentence), { parts: ['source code'] }, sentence);
    assert.deepEqual(paramsIn('We never store your code or your issues.'), {});
    assert.equal(paramsIn('We never store API keys in our source code.'), null);
    // The file contents of attachments are product content, not a repository's source.
    assert.deepEqual(paramsIn('We never store the file contents of your attachments.'), { parts: ['attachments'] });
    assert.deepEqual(paramsIn('We never store the file contents of your repositories.'), { parts: ['source code'] });
  });

  it('names the parts a sentence denies when it denies only attachments or comments', () => {
    assert.deepEqual(paramsIn('Attachments and full comment histories are not copied into app storage.'), { parts: ['attachments', 'comments'] });
    assert.deepEqual(paramsIn('Issue comments are never stored.'), { parts: ['comments'] });
    assert.deepEqual(paramsIn('Page content and comments are never stored.'), {});
    assert.deepEqual(paramsIn('The panel does not keep copies of comments or descriptions.'), {});
  });

  it('reads the content denied as a part of what the app keeps when the sentence keeps a summary made from it', () => {
    assert.deepEqual(paramsIn('The app does not store the page body; only the generated summary is kept.'), { parts: ['page body'] });
    assert.deepEqual(paramsIn('Issue text is never saved: the app stores only an AI digest of it.'), { parts: ['Issue text'] });
    assert.deepEqual(paramsIn('Page content | The app does not store the page body; only the generated summary is kept.'), { parts: ['page body'] });
    assert.deepEqual(paramsIn('The app does not store page content.'), {});
  });
});
