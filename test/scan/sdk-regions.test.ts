import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const PACKAGES = JSON.stringify({ dependencies: { '@aws-sdk/client-s3': '^3.600.0', '@aws-sdk/client-dynamodb': '^3.600.0', '@aws-sdk/lib-dynamodb': '^3.600.0', 'aws-sdk': '^2.1600.0', '@sentry/node': '^8.0.0' } });

/** `vendor api region@line` of each SDK call, `-` for none. */
const regions = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] =>
  facts.egress.sdkCalls.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.api} ${c.region ? `${c.region.name}@${c.region.evidence.line}` : '-'}`);

describe('the region an SDK client is configured for', () => {
  it('a constant region of the client, through a constant or a wrapping client; none from the environment or with a custom endpoint', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': PACKAGES,
      'src/index.js': [
        "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
        "import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';",
        "const REGION = 'us-east-1';",
        'const s3 = new S3Client({ region: REGION });',
        "const docs = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));",
        'const fromEnv = new S3Client({ region: process.env.AWS_REGION ?? "us-east-1" });',
        "const spaces = new S3Client({ endpoint: process.env.SPACES_ENDPOINT, region: 'us-east-1' });",
        'export async function run(event) {',
        "  await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: event.issue.key, Body: JSON.stringify(event.issue.fields) }));",
        "  await docs.send(new PutCommand({ TableName: 'issues', Item: { key: event.issue.key } }));",
        "  await fromEnv.send(new PutObjectCommand({ Bucket: 'exports', Key: event.issue.key, Body: event.issue.fields.summary }));",
        "  await spaces.send(new PutObjectCommand({ Bucket: 'exports', Key: event.issue.key, Body: event.issue.fields.summary }));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(regions(facts), [
      'src/index.js:6 DynamoDBDocumentClient.from -',
      'src/index.js:10 S3Client.send us-east-1@5',
      'src/index.js:11 DynamoDBDocumentClient.from.send eu-central-1@6',
      'src/index.js:12 S3Client.send -',
      'src/index.js:13 S3Client.send -',
    ]);
  });

  it('a client another module exports, and the region set for the whole SDK (`AWS.config.update`, `Sentry.init`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': PACKAGES,
      'src/lib/s3.js': "import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({ region: 'eu-west-1' });\n",
      'src/lib/aws.js': "import AWS from 'aws-sdk';\nAWS.config.update({ region: 'us-west-2' });\nexport const legacy = new AWS.S3();\n",
      'src/index.js': [
        "import { PutObjectCommand } from '@aws-sdk/client-s3';",
        "import * as Sentry from '@sentry/node';",
        "import { s3 } from './lib/s3';",
        "import { legacy } from './lib/aws';",
        "Sentry.init({ dsn: 'https://abc123@o4507.ingest.de.sentry.io/4507' });",
        'export async function run(event) {',
        "  await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: event.issue.key, Body: event.issue.fields.summary }));",
        "  await legacy.putObject({ Bucket: 'exports', Key: event.issue.key, Body: event.issue.fields.summary }).promise();",
        '  Sentry.captureException(new Error(event.issue.key));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(regions(facts).toSorted(), [
      'src/index.js:5 init o4507.ingest.de.sentry.io@5',
      'src/index.js:7 S3Client.send eu-west-1@2',
      'src/index.js:8 S3.putObject.promise us-west-2@2',
      'src/index.js:9 captureException o4507.ingest.de.sentry.io@5',
      'src/lib/aws.js:2 config.update us-west-2@2',
    ]);
  });
});
