import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-remotes.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'no remotes', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a remote in the manifest',
    facts: makeFacts({ egress: { remotes: [{ key: 'backend', baseUrl: 'https://b.example.com', hosts: ['b.example.com'], operations: ['storage'], evidence: at('manifest.yml', 40) }] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:40'] },
  },
  {
    name: 'invokeRemote in code',
    facts: makeFacts({ egress: { calls: [{ client: 'invokeRemote', method: 'POST', url: 'backend', host: 'remote:backend', side: 'backend', carries: ['other'], evidence: at('src/index.js', 9) }] } }),
    expect: { verdict: 'contradicted', messageId: 'invoke', at: ['src/index.js:9'] },
  },
  {
    name: "a front end's requestRemote",
    facts: makeFacts({ egress: { calls: [{ client: 'requestRemote', method: 'GET', url: '/reports', host: 'remote:reports', side: 'frontend', carries: [], evidence: at('static/main/src/api.js', 5) }] } }),
    expect: { verdict: 'contradicted', messageId: 'invoke', at: ['static/main/src/api.js:5'] },
  },
];

describe('no-remotes', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
