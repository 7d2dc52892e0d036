import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storageKept, storageVendors } from '../../src/claims/storage.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const PACKAGE = JSON.stringify({
  dependencies: { '@aws-sdk/client-s3': '^3.700.0', '@aws-sdk/client-dynamodb': '^3.700.0', '@aws-sdk/lib-dynamodb': '^3.700.0', '@google-cloud/storage': '^7.14.0', '@supabase/supabase-js': '^2.45.0' },
});
const MANIFEST = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - "*.amazonaws.com"', '        - storage.googleapis.com', '        - "*.supabase.co"');

// The vendor's own media library and reference tables, read and listed, never written.
const READS: Record<string, string> = {
  'src/clients.js': [
    "import { S3Client } from '@aws-sdk/client-s3';",
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
    'export const s3 = new S3Client({ region: process.env.AWS_REGION });',
    'export const docs = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    '',
  ].join('\n'),
  'src/index.js': [
    "import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command as ListObjects } from '@aws-sdk/client-s3';",
    "import { QueryCommand } from '@aws-sdk/lib-dynamodb';",
    "import { Storage } from '@google-cloud/storage';",
    "import { createClient } from '@supabase/supabase-js';",
    "import { s3, docs } from './clients.js';",
    '',
    'const gcs = new Storage();',
    'const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);',
    '',
    'export async function run(event) {',
    "  const listing = await s3.send(new ListObjects({ Bucket: 'media', Prefix: event.kind }));",
    "  const head = new HeadObjectCommand({ Bucket: 'media', Key: event.key });",
    '  await s3.send(head);',
    "  const object = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: event.key }));",
    "  const rows = await docs.send(new QueryCommand({ TableName: 'templates', KeyConditionExpression: 'kind = :k', ExpressionAttributeValues: { ':k': event.kind } }));",
    '  const bucket = gcs.bucket(process.env.ASSETS_BUCKET);',
    "  const [files] = await bucket.getFiles({ prefix: 'icons/' });",
    '  const [icon] = await bucket.file(event.icon).download();',
    "  const { data } = await supabase.from('templates').select('id, body').eq('kind', event.kind).limit(20);",
    '  return { listing, object, rows, files, icon, data };',
    '}',
    '',
  ].join('\n'),
};

describe('the command an AWS SDK v3 call sends', () => {
  it('is recorded on the SDK call: built in place, aliased, built before, and on a client another module exports', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': PACKAGE, ...READS });
    const commands = facts.egress.sdkCalls.filter((c) => c.evidence.file === 'src/index.js').map((c) => [c.vendor, c.api, c.command ?? null, c.evidence.line]);
    assert.deepEqual(commands.filter(([vendor]) => String(vendor).startsWith('aws-')), [
      ['aws-s3', 'S3Client.send', 'ListObjectsV2Command', 11],
      ['aws-s3', 'S3Client.send', 'HeadObjectCommand', 13],
      ['aws-s3', 'S3Client.send', 'GetObjectCommand', 14],
      ['aws-dynamodb', 'DynamoDBDocumentClient.from.send', 'QueryCommand', 15],
    ]);
    // A client handed to a wrapper is no command.
    assert.equal(facts.egress.sdkCalls.find((c) => c.api === 'DynamoDBDocumentClient.from')?.command, undefined);
  });
});

describe('a storage vendor the app only reads from', () => {
  it('is not where the app keeps data', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': PACKAGE, ...READS });
    assert.deepEqual(storageVendors(facts), { used: [], dependencyOnly: [] });
    // The Supabase select is a read of the database, through a vendor that keeps nothing of the app's.
    assert.deepEqual(facts.storage.map((op) => [op.backend, op.op, op.key]), [['external-db', 'read', 'templates']]);
    assert.deepEqual(storageKept(facts), []);
  });

  it('is once a call writes, or sends what is not known to read', async () => {
    const writes = [
      "import { PutObjectCommand } from '@aws-sdk/client-s3';",
      "import { PutCommand } from '@aws-sdk/lib-dynamodb';",
      "import { Storage } from '@google-cloud/storage';",
      "import { createClient } from '@supabase/supabase-js';",
      "import { s3, docs } from './clients.js';",
      '',
      'const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);',
      '',
      'export async function save(event) {',
      "  await s3.send(new PutObjectCommand({ Bucket: 'media', Key: event.key, Body: event.body }));",
      "  await docs.send(new PutCommand({ TableName: 'templates', Item: { kind: event.kind } }));",
      "  await new Storage().bucket('assets').file(event.key).save(event.body);",
      "  await supabase.from('templates').upsert({ kind: event.kind, body: event.body });",
      '}',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': PACKAGE, ...READS, 'src/save.js': writes });
    assert.deepEqual(storageVendors(facts).used.map((v) => v.name).sort(), ['Amazon DynamoDB', 'Amazon S3', 'Google Cloud Storage', 'Supabase']);
  });

  it('is when it signs a URL, which may be for writing (a browser upload)', async () => {
    const upload = "import { Storage } from '@google-cloud/storage';\n\nexport async function uploadUrl(event) {\n  const [url] = await new Storage().bucket('assets').file(event.key).getSignedUrl({ action: 'write', expires: Date.now() + 60000 });\n  return url;\n}\n";
    const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': PACKAGE, ...READS, 'src/upload.js': upload });
    assert.deepEqual(storageVendors(facts).used.map((v) => v.name), ['Google Cloud Storage']);
  });

  it('is when a call sends a command the scan cannot name', async () => {
    const relay = "import { s3 } from './clients.js';\n\nexport const relay = (command) => s3.send(command);\n";
    const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': PACKAGE, ...READS, 'src/relay.js': relay });
    assert.deepEqual(storageVendors(facts).used.map((v) => v.name), ['Amazon S3']);
  });
});
