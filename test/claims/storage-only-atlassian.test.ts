import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/storage-only-atlassian.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, call, makeFacts, remoteFact, sdkCall, storageWrite, thirdParty } from './facts-builder.ts';

const cases: Case[] = [
  {
    name: 'Forge KVS and entity properties',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22), storageWrite('issue-property', [], 'src/props.js', 5)] }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/store.js:22', 'src/props.js:5'] },
  },
  {
    name: 'an external database',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22), storageWrite('external-db', ['account-id'], 'lib/db.js', 53)] }),
    expect: { verdict: 'contradicted', messageId: 'externalDb', at: ['lib/db.js:53'] },
  },
  {
    name: 'a storage vendor the code imports',
    facts: makeFacts({ thirdParties: [thirdParty('aws-s3', 'Amazon S3', 'storage', [{ kind: 'import', detail: '@aws-sdk/client-s3', evidence: at('pages/api/library.js', 1) }])] }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['pages/api/library.js:1'] },
  },
  {
    name: "Skyline: a storage vendor the code only lists, the vendor's own media library",
    facts: makeFacts({
      thirdParties: [thirdParty('aws-s3', 'Amazon S3', 'storage', [{ kind: 'import', detail: '@aws-sdk/client-s3', evidence: at('pages/api/library.js', 1) }])],
      egress: { sdkCalls: [{ ...sdkCall('aws-s3', 'pages/api/library.js', 13, ['other'], 'S3Client.send'), command: 'ListObjectsV2Command' }] },
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a storage vendor the code lists and writes to',
    facts: makeFacts({
      thirdParties: [thirdParty('aws-s3', 'Amazon S3', 'storage', [{ kind: 'import', detail: '@aws-sdk/client-s3', evidence: at('pages/api/library.js', 1) }])],
      egress: {
        sdkCalls: [
          { ...sdkCall('aws-s3', 'pages/api/library.js', 13, ['other'], 'S3Client.send'), command: 'ListObjectsV2Command' },
          { ...sdkCall('aws-s3', 'pages/api/library.js', 30, ['other'], 'S3Client.send'), command: 'PutObjectCommand' },
        ],
      },
    }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['pages/api/library.js:13', 'pages/api/library.js:30', 'pages/api/library.js:1'] },
  },
  {
    name: "a database the code only selects from: the vendor's own template catalogue",
    facts: makeFacts({
      thirdParties: [thirdParty('supabase', 'Supabase', 'database', [{ kind: 'import', detail: '@supabase/supabase-js', evidence: at('src/templates.js', 1) }])],
      storage: [{ ...storageWrite('external-db', [], 'src/templates.js', 6, 'templates'), op: 'read', api: 'supabase.from.select' }],
      egress: { sdkCalls: [sdkCall('supabase', 'src/templates.js', 6, ['other'], 'createClient.from.select.eq')] },
    }),
    expect: { verdict: 'verified', messageId: 'verified', at: [] },
  },
  {
    name: 'a database the code selects from and inserts into',
    facts: makeFacts({
      thirdParties: [thirdParty('supabase', 'Supabase', 'database', [{ kind: 'import', detail: '@supabase/supabase-js', evidence: at('src/templates.js', 1) }])],
      storage: [{ ...storageWrite('external-db', [], 'src/templates.js', 6, 'templates'), op: 'read', api: 'supabase.from.select' }, storageWrite('external-db', ['other'], 'src/templates.js', 9, 'templates')],
      egress: { sdkCalls: [sdkCall('supabase', 'src/templates.js', 6, ['other'], 'createClient.from.select.eq'), sdkCall('supabase', 'src/templates.js', 9, ['other'], 'createClient.from.insert')] },
    }),
    expect: { verdict: 'contradicted', messageId: 'externalDb', at: ['src/templates.js:9', 'src/templates.js:6'] },
  },
  {
    name: 'two storage vendors: the one whose calls carry End-User Data, at the call that writes it',
    facts: makeFacts({
      thirdParties: [
        thirdParty('aws-dynamodb', 'Amazon DynamoDB', 'database', [{ kind: 'import', detail: '@aws-sdk/client-dynamodb', evidence: at('server/tenants.js', 1) }]),
        thirdParty('aws-s3', 'Amazon S3', 'storage', [{ kind: 'import', detail: '@aws-sdk/client-s3', evidence: at('server/diagrams.js', 1) }]),
      ],
      egress: { sdkCalls: [sdkCall('aws-dynamodb', 'server/tenants.js', 8, ['secret']), sdkCall('aws-s3', 'server/diagrams.js', 9, ['other']), sdkCall('aws-s3', 'server/diagrams.js', 15, ['account-id'])] },
    }),
    expect: { verdict: 'contradicted', messageId: 'vendor', at: ['server/diagrams.js:15', 'server/diagrams.js:9', 'server/diagrams.js:1'] },
  },
  {
    name: 'End-User Data sent out may be kept there',
    facts: makeFacts({ egress: { calls: [call('api.acme.io', 'src/sync.js', 8, ['product-content'])] } }),
    expect: { verdict: 'unverified', messageId: 'sent', at: ['src/sync.js:8'] },
  },
  {
    name: 'a Forge remote that declares storage',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22)], egress: { remotes: [remoteFact('archive', ['storage', 'compute'], 31)] } }),
    expect: { verdict: 'contradicted', messageId: 'remote', at: ['manifest.yml:31'] },
  },
  {
    name: 'a Forge remote that only computes',
    facts: makeFacts({ storage: [storageWrite('kvs', ['other'], 'src/store.js', 22)], egress: { remotes: [remoteFact('render', ['compute'], 31)] } }),
    expect: { verdict: 'verified', messageId: 'verified', at: ['src/store.js:22'] },
  },
  {
    name: 'a storage SDK only listed in package.json',
    facts: makeFacts({ thirdParties: [thirdParty('supabase', 'Supabase', 'database', [{ kind: 'dependency', detail: '@supabase/supabase-js', evidence: at('package.json', 12) }])] }),
    expect: { verdict: 'unverified', messageId: 'dependency', at: ['package.json:12'] },
  },
];

describe('storage-only-atlassian', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});
