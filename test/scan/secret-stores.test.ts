import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const pkg = JSON.stringify({
  name: 'keys', dependencies: { '@aws-sdk/client-secrets-manager': '3.500.0', '@google-cloud/secret-manager': '5.0.0', '@azure/keyvault-secrets': '4.7.0', '@azure/identity': '4.0.0', 'node-vault': '0.10.2', 'aws-sdk': '2.1500.0' },
});
const source = [
  "const { SecretsManagerClient, GetSecretValueCommand, ListSecretsCommand } = require('@aws-sdk/client-secrets-manager');",
  "const { SecretManagerServiceClient } = require('@google-cloud/secret-manager');",
  "const { SecretClient } = require('@azure/keyvault-secrets');",
  "const { DefaultAzureCredential } = require('@azure/identity');",
  "const AWS = require('aws-sdk');",
  "const vault = require('node-vault')({ endpoint: process.env.VAULT_ADDR });",
  "const aws = new SecretsManagerClient({ region: 'eu-west-1' });",
  'const gcp = new SecretManagerServiceClient();',
  "const azure = new SecretClient('https://keys.vault.azure.net', new DefaultAzureCredential());",
  'async function load() {',
  "  const out = await aws.send(new GetSecretValueCommand({ SecretId: 'prod/tracker' }));",
  '  const config = JSON.parse(out.SecretString);',
  "  console.log('tracker', config);",
  "  const [version] = await gcp.accessSecretVersion({ name: 'projects/p/secrets/llm/versions/latest' });",
  "  console.log('llm', version.payload.data.toString());",
  "  const held = await azure.getSecret('signing');",
  "  console.log('signing', held.value);",
  "  const { data } = await vault.read('secret/data/db');",
  "  console.log('db', data);",
  "  const legacy = await new AWS.SecretsManager().getSecretValue({ SecretId: 'old' }).promise();",
  "  console.log('legacy', legacy);",
  '  const list = await aws.send(new ListSecretsCommand({}));',
  "  console.log('names', list.SecretList);",
  '  const status = await vault.health();',
  "  console.log('vault', status);",
  '}',
  'module.exports = { load };',
  '',
].join('\n');

describe('a secret read from a secrets manager at run time', () => {
  it('is a secret wherever it goes; other calls of the same clients are not', async () => {
    const { facts } = await scanFiles({ 'package.json': pkg, 'keys.js': source });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [13, ['secret']], [15, ['secret']], [17, ['secret']], [19, ['secret']], [21, ['secret']], [23, ['other']], [25, ['other']],
    ]);
    assert.deepEqual(facts.secrets, []);
  });
});
