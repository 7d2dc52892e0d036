import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/no-external-backend.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, egressEntry, makeFacts, remoteCall, storageWrite, thirdParty } from './facts-builder.ts';

const cases: Case[] = [
  { name: 'a Forge app with nothing outside Atlassian', facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'calls to Atlassian hosts are not a backend',
    facts: makeFacts({ egress: { calls: [call('api.atlassian.com', 'src/index.js', 4)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Forge remote',
    facts: makeFacts({ egress: { remotes: [{ key: 'api', baseUrl: 'https://api.example.com', hosts: ['api.example.com'], operations: ['fetch'], evidence: at('manifest.yml', 31) }] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:31'] },
  },
  {
    name: "an external authentication provider's remote is its API, no backend of the app's",
    facts: makeFacts({ egress: { remotes: [{ key: 'google-apis', baseUrl: 'https://www.googleapis.com', hosts: ['www.googleapis.com'], operations: [], provider: 'google', evidence: at('manifest.yml', 40) }] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: "a call through an external authentication provider (`withProvider(…).fetch`) goes to its API, no backend of the app's",
    facts: makeFacts({
      egress: {
        remotes: [{ key: 'drive-api', baseUrl: 'https://www.googleapis.com', hosts: ['www.googleapis.com'], operations: [], provider: 'gdrive', evidence: at('manifest.yml', 40) }],
        calls: [{ ...remoteCall('drive-api', 'src/drive.js', 12, ['product-content']), client: 'fetch', method: 'GET' }],
      },
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an invokeRemote call still reaches a backend when another remote is a provider\'s',
    facts: makeFacts({
      egress: {
        remotes: [{ key: 'drive-api', baseUrl: 'https://www.googleapis.com', hosts: ['www.googleapis.com'], operations: [], provider: 'gdrive', evidence: at('manifest.yml', 40) }],
        calls: [remoteCall('sync-service', 'src/sync.js', 7, [])],
      },
    }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['src/sync.js:7'] },
  },
  {
    name: 'a Connect base URL',
    facts: makeFacts({
      app: { platform: 'connect' },
      egress: { remotes: [{ key: 'baseUrl', baseUrl: 'https://skyline.example.com', hosts: ['skyline.example.com'], operations: [], evidence: at('atlassian-connect.json', 9) }] },
    }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['atlassian-connect.json:9'] },
  },
  {
    name: 'writes to an external database',
    facts: makeFacts({ storage: [storageWrite('external-db', ['other'], 'lib/db.js', 16)] }),
    expect: { verdict: 'contradicted', messageId: 'database', at: ['lib/db.js:16'] },
  },
  {
    name: 'a hosting vendor file',
    facts: makeFacts({ thirdParties: [thirdParty('vercel', 'Vercel', 'hosting', [{ kind: 'hosting-file', detail: 'vercel.json', evidence: at('vercel.json', 1) }])] }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['vercel.json:1'] },
  },
  {
    name: 'a call to an unknown host may be the backend: unverified',
    facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/sync.js', 12)] } }),
    expect: { verdict: 'unverified', messageId: 'unknownHost', at: ['src/sync.js:12'] },
  },
  {
    name: 'a call to a known vendor is not the backend',
    facts: makeFacts({
      egress: { calls: [call('api.segment.io', 'src/track.js', 3)] },
      thirdParties: [thirdParty('segment', 'Segment', 'analytics', [{ kind: 'egress', detail: 'api.segment.io', evidence: at('src/track.js', 3) }])],
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'an unresolved host leaves it unverified',
    facts: makeFacts({ egress: { unresolved: [call(null, 'src/sync.js', 20)] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/sync.js:20'] },
  },
  {
    name: 'a source file that could not be parsed leaves it unverified',
    facts: makeFacts({ diagnostics: [{ severity: 'error', code: 'parse-error', message: 'Unexpected token', file: 'src/broken.js', line: 3 }] }),
    expect: { verdict: 'unverified', messageId: 'incomplete', at: ['src/broken.js:3'] },
  },
  {
    name: 'a Forge fetch to an unresolved URL that can reach only Slack is no backend',
    facts: makeFacts({ egress: { declared: [egressEntry('https://hooks.slack.com', 40)], unresolved: [call(null, 'src/slack.js', 8)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'so is the fetch of @forge/api (import { fetch } from \'@forge/api\') to a webhook URL that can reach only Teams',
    facts: makeFacts({ egress: { declared: [egressEntry('*.webhook.office.com', 40)], unresolved: [{ ...call(null, 'src/notify.js', 44), client: 'api.fetch' }] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a Forge fetch to an unresolved URL that can reach a host of no known vendor may be a backend',
    facts: makeFacts({ egress: { declared: [egressEntry('https://api.acme.io', 40)], unresolved: [call(null, 'src/sync.js', 8)] } }),
    expect: { verdict: 'unverified', messageId: 'unresolved', at: ['src/sync.js:8'] },
  },
];

describe('no-external-backend', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
