import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-egress.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, sdkCall } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no egress at all', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'requests to the product and to relative paths stay inside Atlassian',
    facts: makeFacts({ egress: { calls: [call('mysite.atlassian.net', 'src/a.js', 1), call('self', 'static/app.js', 2, ['literal'], 'frontend')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an analytics fetch in the front end',
    facts: makeFacts({ egress: { calls: [call('api.segment.io', 'static/playbook/src/main.jsx', 16, ['literal'], 'frontend')] } }),
    expect: { verdict: 'contradicted', messageId: 'call', at: ['static/playbook/src/main.jsx:16'] },
  },
  {
    name: 'an email address handed to an email SDK: named at the call, before the manifest entry that allows it',
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.sendgrid.com', 22)], sdkCalls: [sdkCall('sendgrid', 'src/remind.js', 8, ['email'])] } }),
    expect: { verdict: 'contradicted', messageId: 'sdk', at: ['src/remind.js:8'] },
  },
  {
    name: 'an SDK configured with its key only: no End-User Data leaves through it',
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('sentry', 'src/index.js', 3, ['secret'], 'init')] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an egress entry in the manifest',
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.segment.io', 22)] } }),
    expect: { verdict: 'contradicted', messageId: 'declared', at: ['manifest.yml:22'] },
  },
  {
    name: 'a remote',
    facts: makeFacts({ egress: { remotes: [{ key: 'r', baseUrl: 'https://r.example.com', hosts: ['r.example.com'], operations: [], evidence: at('manifest.yml', 50) }] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:50'] },
  },
  {
    name: '"No source code ever leaves Bitbucket": a remote may receive content, maybe no code: unverified',
    params: { content: true, code: true },
    facts: makeFacts({ egress: { remotes: [{ key: 'r', baseUrl: 'https://r.example.com', hosts: ['r.example.com'], operations: [], evidence: at('manifest.yml', 50) }] } }),
    expect: { verdict: 'unverified', messageId: 'codeUnknown', at: ['manifest.yml:50'] },
  },
  {
    name: 'a call whose host is not known: unverified, not contradicted',
    facts: makeFacts({ egress: { calls: [call(null, 'src/a.js', 7)], unresolved: [call(null, 'src/a.js', 7)] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/a.js:7'] },
  },
  {
    name: '"Page content never leaves Confluence": issue keys and account IDs sent to Slack are no content leaving',
    params: { content: true },
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 22)], calls: [call('hooks.slack.com', 'src/notify.js', 9, ['account-id', 'literal'])] } }),
    expect: { verdict: 'verified', messageId: 'contentVerified', at: [] },
  },
  {
    name: '"Page content never leaves Confluence": page text sent to an AI vendor contradicts it',
    params: { content: true },
    facts: makeFacts({ egress: { calls: [call('api.openai.com', 'src/summarise.js', 14, ['product-content'])], sdkCalls: [sdkCall('anthropic', 'src/ask.js', 5, ['product-content'])] } }),
    expect: { verdict: 'contradicted', messageId: 'contentSent', at: ['src/summarise.js:14', 'src/ask.js:5'] },
  },
  {
    name: '"Page content never leaves Confluence": a remote is the vendor\'s server, contradicted still',
    params: { content: true },
    facts: makeFacts({ egress: { remotes: [{ key: 'r', baseUrl: 'https://r.example.com', hosts: ['r.example.com'], operations: [], evidence: at('manifest.yml', 50) }] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:50'] },
  },
  {
    name: '"No source code ever leaves Bitbucket": a pull request\'s title sent to a CI service is product content, maybe no code: unverified, not contradicted',
    params: { content: true, code: true },
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.buildkite.com', 54)], calls: [call('api.buildkite.com', 'src/events.ts', 47, ['product-content', 'account-id'])] } }),
    expect: { verdict: 'unverified', messageId: 'codeUnknown', at: ['src/events.ts:47'] },
  },
  {
    name: '"No source code ever leaves Bitbucket": commit hashes and account IDs sent out are no content: verified',
    params: { content: true, code: true },
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.buildkite.com', 54)], calls: [call('api.buildkite.com', 'src/events.ts', 47, ['account-id', 'literal'])] } }),
    expect: { verdict: 'verified', messageId: 'contentVerified', at: [] },
  },
];

describe('no-egress', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('a denial that names source code or file contents is read as one about that part of the content', () => {
    const paramsOf = (sentence: string) => recogniseText(sentence, { kind: 'statement', file: 's.txt', line: 1, column: 1, text: sentence }).find((r) => r.claim.id === claim.id)?.params;
    assert.deepEqual(paramsOf('No source code or file contents ever leave Bitbucket.'), { content: true, code: true });
    assert.deepEqual(paramsOf('Source code is never sent outside Atlassian.'), { content: true, code: true });
    assert.deepEqual(paramsOf('No data ever leaves Atlassian.'), {});
  });
});
