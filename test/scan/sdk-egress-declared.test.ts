import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const CODE = [
  "import OpenAI from 'openai';",
  'const openai = new OpenAI({ apiKey: process.env.OPENAI_KEY });',
  'export async function run(event) {',
  "  const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: event.issue.fields.summary }] });",
  '  return r;',
  '}',
].join('\n');

async function undeclared(...permissions: string[]): Promise<string[]> {
  const { facts } = await scanFiles({
    'manifest.yml': forgeManifest(...(permissions.length ? ['permissions:', '  external:', '    fetch:', '      backend:', ...permissions.map((p) => `        - ${p}`)] : [])),
    'package.json': '{ "dependencies": { "openai": "^4.0.0", "@forge/api": "^5.0.0" } }',
    'src/index.js': CODE,
    'src/status.js': "export const ping = () => fetch('https://status.example.com/ping');",
  });
  assert.equal(facts.egress.sdkCalls.length, 1);
  return facts.egress.undeclared.map((u) => `${u.client} ${u.host} ${u.evidence.file}:${u.evidence.line}`);
}

describe('egress through vendor SDKs on Forge', () => {
  it('an SDK call is undeclared egress when no host of its vendor is declared', async () => {
    assert.deepEqual(await undeclared(), ['fetch status.example.com src/status.js:1', 'openai chat.completions.create api.openai.com src/index.js:4']);
    assert.deepEqual(await undeclared("'status.example.com'"), ['openai chat.completions.create api.openai.com src/index.js:4']);
  });

  it('any declared host of the vendor allows it', async () => {
    assert.deepEqual(await undeclared("'api.openai.com'", "'status.example.com'"), []);
    assert.deepEqual(await undeclared("'*.openai.com'", "'status.example.com'"), []);
    assert.deepEqual(await undeclared("'*'"), []);
  });

  it('a wider pattern that takes in the vendor\'s hosts (`*.amazonaws.com` for Amazon S3\'s client) allows it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', "        - '*.amazonaws.com'"),
      'package.json': '{ "dependencies": { "@aws-sdk/client-s3": "^3.600.0" } }',
      'src/index.js': "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport const run = (event) => s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: event.issue.fields.summary }));\n",
    });
    assert.equal(facts.egress.sdkCalls.length, 1);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('a declared host of no known vendor that no call uses may be where the SDK is pointed: not reported', async () => {
    assert.deepEqual(await undeclared("'status.example.com'", "'llm-gateway.example.net'"), []);
  });
});
