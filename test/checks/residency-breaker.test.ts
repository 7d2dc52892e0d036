import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/residency-breaker.ts';
import type { DataKind, EgressCall, RemoteFact, StorageOp } from '../../src/scan/facts.ts';
import { sdkCall } from '../claims/facts-builder.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts, thirdParty } from './facts-builder.ts';

const call = (host: string, carries: DataKind[], line: number, client = 'fetch'): EgressCall =>
  ({ client, method: 'POST', url: `https://${host}/x`, host, side: 'backend', carries, evidence: at('src/index.js', line) });
const dbWrite = (carries: DataKind[], line: number): StorageOp =>
  ({ backend: 'external-db', op: 'write', key: 'pages', api: 'supabase.from.insert', carries, evidence: at('src/db.js', line) });
const remote = (baseUrl: RemoteFact['baseUrl']): RemoteFact =>
  ({ key: 'backend', baseUrl, hosts: ['api.example.com'], operations: ['compute', 'storage'], evidence: at('manifest.yml', 40) });
const openai = thirdParty('openai', 'OpenAI', 'https://openai.com', 'ai', [{ kind: 'egress', detail: 'api.openai.com', evidence: at('src/index.js', 8) }]);
const s3 = thirdParty('aws-s3', 'Amazon S3', 'https://aws.amazon.com/s3/', 'storage', [{ kind: 'dependency', detail: '@aws-sdk/client-s3', evidence: at('package.json', 14) }]);

const supabase = thirdParty('supabase', 'Supabase', 'https://supabase.com', 'database', [{ kind: 'import', detail: '@supabase/supabase-js', evidence: at('src/db.js', 1) }]);
const pagesFollow = { category: 'product-content', storedIn: 'atlassian', residency: 'follows-atlassian' } as const;
const lines = { 'data[0].residency': 12, 'dataResidency.realmMigration': 30 };

const cases: Case[] = [
  { name: 'no profile', facts: makeFacts({ storage: [dbWrite(['product-content'], 3)] }), expect: [] },
  { name: 'the profile claims no residency', facts: makeFacts({ storage: [dbWrite(['product-content'], 3)] }), profile: { data: [{ category: 'product-content', residency: 'none' }] }, expect: [] },
  {
    name: 'the data that leaves is not the kind the claim covers',
    facts: makeFacts({ storage: [dbWrite(['account-id'], 3)] }),
    profile: { data: [pagesFollow] },
    expect: [],
  },
  {
    name: 'Skyline: page text follows Atlassian, AI prompts and account IDs disclosed in the vendor database and at OpenAI',
    facts: makeFacts({
      storage: [dbWrite(['product-content', 'account-id'], 3)],
      egress: { calls: [call('api.openai.com', ['product-content'], 8)] },
      thirdParties: [openai],
    }),
    profile: {
      data: [
        pagesFollow,
        { category: 'ai-prompts', storedIn: ['vendor-db', 'third-party:openai'], residency: 'eu-west-1' },
        { category: 'account-data', storedIn: 'vendor-db', residency: 'eu-west-1' },
      ],
      thirdParties: [{ id: 'openai', name: 'OpenAI', countries: ['United States'] }],
    },
    expect: [],
  },
  {
    name: 'prompts holding page text kept in a database the profile names in storedIn',
    facts: makeFacts({ storage: [dbWrite(['product-content'], 3)], thirdParties: [supabase] }),
    profile: {
      data: [pagesFollow, { category: 'ai-prompts', storedIn: 'third-party:supabase', residency: 'eu-west-1' }],
      thirdParties: [{ id: 'supabase', name: 'Supabase' }],
    },
    expect: [],
  },
  {
    name: 'requests to Atlassian stay in Atlassian',
    facts: makeFacts({ egress: { calls: [call('api.atlassian.com', ['product-content'], 5)] } }),
    profile: { data: [pagesFollow] },
    expect: [],
  },
  {
    name: 'a remote pinned per region',
    facts: makeFacts({ egress: { calls: [call('remote:backend', ['product-content'], 6, 'invokeRemote')], remotes: [remote({ US: 'https://us.example.com', EU: 'https://eu.example.com' })] } }),
    profile: { data: [pagesFollow] },
    expect: [],
  },
  {
    name: 'page content written to an external database',
    facts: makeFacts({ storage: [dbWrite(['product-content'], 3), { ...dbWrite(['other'], 9), op: 'read' }], thirdParties: [supabase] }),
    profile: { data: [pagesFollow], thirdParties: [{ id: 'supabase', name: 'Supabase' }] },
    profileLines: lines,
    expect: [{ messageId: 'externalDb', at: 'src/db.js:3', related: ['candor.yaml:12'] }],
  },
  {
    name: 'page content sent to an AI vendor the profile does not name',
    facts: makeFacts({ egress: { calls: [call('api.openai.com', ['product-content'], 8), call('api.openai.com', ['literal'], 20)] }, thirdParties: [openai] }),
    profile: { data: [pagesFollow] },
    profileLines: lines,
    expect: [{ messageId: 'egress', at: 'src/index.js:8', related: ['candor.yaml:12'] }],
  },
  {
    name: 'page content handed to the OpenAI SDK, OpenAI not in the profile; the same call writing to Supabase is judged as a write',
    facts: makeFacts({
      egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 17, ['product-content'], 'chat.completions.create'), sdkCall('supabase', 'src/db.js', 3, ['product-content'], 'createClient.from.insert')] },
      storage: [dbWrite(['product-content'], 3)],
      thirdParties: [supabase],
    }),
    profile: { data: [pagesFollow, { category: 'ai-prompts', storedIn: 'third-party:supabase', residency: 'eu-west-1' }], thirdParties: [{ id: 'supabase', name: 'Supabase' }] },
    profileLines: lines,
    expect: [{ messageId: 'sdk', at: 'src/ai.js:17', related: ['candor.yaml:12'] }],
  },
  {
    name: 'page content handed to the SDK of a vendor the profile lists',
    facts: makeFacts({ egress: { sdkCalls: [sdkCall('openai', 'src/ai.js', 17, ['product-content'], 'chat.completions.create')] }, thirdParties: [openai] }),
    profile: { data: [pagesFollow], thirdParties: [{ id: 'openai', name: 'OpenAI' }] },
    expect: [],
  },
  {
    name: 'realm migration claimed, and a remote with one base URL',
    facts: makeFacts({ egress: { calls: [call('remote:backend', ['account-id'], 6, 'invokeRemote')], remotes: [remote('https://api.example.com')] } }),
    profile: { dataResidency: { realmMigration: true } },
    profileLines: lines,
    expect: [{ messageId: 'remote', at: 'src/index.js:6', related: ['candor.yaml:30'] }],
  },
  {
    name: 'a storage service the profile does not name',
    facts: makeFacts({ thirdParties: [s3] }),
    profile: { data: [{ residency: 'follows-atlassian' }] },
    profileLines: lines,
    expect: [{ messageId: 'thirdPartyStorage', at: 'package.json:14', related: ['candor.yaml:12'] }],
  },
  {
    name: 'a storage service the code only reads from',
    facts: makeFacts({ thirdParties: [s3], egress: { sdkCalls: [{ ...sdkCall('aws-s3', 'src/library.js', 9, ['other'], 'S3Client.send'), command: 'GetObjectCommand' }] } }),
    profile: { data: [{ residency: 'follows-atlassian' }] },
    profileLines: lines,
    expect: [],
  },
];

describe('residency-breaker', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});
