import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('remotes:', '  - key: api', '    baseUrl: https://api.example-briefs.com');
const HANDLER = [
  "import pino from 'pino';",
  'const log = pino();',
  'export async function handler(event) {',
  "  const body = JSON.parse(event.body || '{}');",
  "  log.info({ page: body.pageId, title: body.title }, 'summarising');",                // 5
  "  log.info({ at: Date.now() }, 'done');",
  '  return { statusCode: 200 };',
  '}',
  '',
].join('\n');
const SAM = (events: string) => [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  ApiFunction:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      CodeUri: .',
  '      Handler: src/api.handler',
  '      Environment:',
  '        Variables:',
  '          TABLE: !Ref Table',
  ...events.split('\n'),
  '',
].join('\n');

const logged = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'src/index.js': 'export const run = () => 1;\n', 'remote/package.json': '{"dependencies":{"pino":"^9.0.0"}}\n', 'remote/src/api.js': HANDLER, ...files });
  return facts.logs.filter((l) => l.evidence.file === 'remote/src/api.js').map((l) => `${l.evidence.line} ${l.carries.join(',')}`);
};

describe('a serverless function that answers HTTP requests', () => {
  it('receives what its caller sends, when an AWS SAM template gives it an API event', async () => {
    assert.deepEqual(await logged({ 'remote/template.yaml': SAM('      Events:\n        Api:\n          Type: HttpApi') }), ['5 resolver-payload', '6 other']);
  });

  it('and when serverless.yml gives it an http event', async () => {
    const yml = 'service: briefs\nfunctions:\n  api:\n    handler: src/api.handler\n    events:\n      - httpApi: "POST /v1/summaries"\n';
    assert.deepEqual(await logged({ 'remote/serverless.yml': yml }), ['5 resolver-payload', '6 other']);
  });

  it('but not when a schedule invokes it, whose event holds no one\'s data', async () => {
    assert.deepEqual(await logged({ 'remote/template.yaml': SAM('      Events:\n        Nightly:\n          Type: Schedule\n          Properties:\n            Schedule: rate(1 day)') }), ['5 other', '6 other']);
  });
});
