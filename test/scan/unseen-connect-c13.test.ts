import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect-c13', name);
const read = (name: string, file: string): string => fs.readFileSync(path.join(fixture(name), file), 'utf8');

describe('a Connect app served from GitHub Pages, its descriptor asking for lifecycle callbacks', () => {
  it('handles no uninstall: no code of the app answers the POST request on a static host', async () => {
    const facts = await scan(fixture('static-pages-lifecycle'));
    assert.deepEqual(facts.uninstall, []);
    assert.deepEqual(facts.diagnostics.map((d) => [d.code, d.severity, `${d.file}:${d.line}`]), [['unanswered-lifecycle', 'warning', 'atlassian-connect.json:10']]);
    assert.match(facts.diagnostics[0]!.message, /GitHub Pages/);
    // The callbacks are still what the descriptor declares.
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.events, at(t.evidence)]), [['connect-lifecycle', ['installed'], 'atlassian-connect.json:9'], ['connect-lifecycle', ['uninstalled'], 'atlassian-connect.json:10']]);
  });

  it('keeps the uninstall of the same app served from a host that runs code, or with its callback on such a host', async () => {
    const descriptor = JSON.parse(read('static-pages-lifecycle', 'atlassian-connect.json')) as { baseUrl: string; lifecycle: Record<string, string> };
    const elsewhere = { ...descriptor, baseUrl: 'https://notes.acme-tools.example' };
    const absolute = { ...descriptor, lifecycle: { ...descriptor.lifecycle, uninstalled: 'https://hooks.acme-tools.example/uninstalled' } };
    for (const changed of [elsewhere, absolute]) {
      const { facts } = await scanFiles({
        'atlassian-connect.json': JSON.stringify(changed),
        'package.json': read('static-pages-lifecycle', 'package.json'),
        'src/notes.js': read('static-pages-lifecycle', 'src/notes.js'),
      });
      assert.deepEqual(facts.uninstall.map((u) => u.via), [`Connect lifecycle \`uninstalled\` (${changed.lifecycle.uninstalled})`], changed.baseUrl);
      assert.deepEqual(facts.diagnostics, []);
    }
  });
});

describe('a Connect app whose Express server a Lambda handler wraps (`serverless(app)`)', () => {
  it('makes no call through AWS Lambda\'s SDK by wrapping it; AWS Lambda stays its host', async () => {
    const facts = await scan(fixture('lambda-wrapped-server'));
    assert.deepEqual(facts.egress.sdkCalls, []);
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.via.map((v) => v.kind)]), [['aws-lambda', ['dependency', 'import', 'hosting-file']]]);
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, at(c.evidence)]), [['GET', '/rest/api/3/search?jql=project={}', 'routes/index.js:4']]);
  });

  it('nor by the ES module wrapper of @codegenie/serverless-express; a function invoked through the Lambda SDK is still a call', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': read('lambda-wrapped-server', 'atlassian-connect.json'),
      'package.json': JSON.stringify({ type: 'module', dependencies: { express: '^4.19.2', '@codegenie/serverless-express': '^4.14.0', '@aws-sdk/client-lambda': '^3.600.0' } }),
      'handler.js': [
        "import express from 'express';",
        "import serverlessExpress from '@codegenie/serverless-express';",
        "import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';",
        'const app = express();',
        'const lambda = new LambdaClient({});',
        "app.post('/digest/rebuild', express.json(), async (req, res) => {",
        "  await lambda.send(new InvokeCommand({ FunctionName: 'digest-builder', Payload: JSON.stringify({ projectKey: req.body.projectKey }) }));",
        '  res.status(202).end();',
        '});',
        'export const handler = serverlessExpress({ app });',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.package, at(c.evidence)]), [['aws-lambda', '@aws-sdk/client-lambda', 'handler.js:7']]);
  });
});

describe('a private key committed beside the app as a key file (`certs/key.pem`, `server.key`)', () => {
  const fake = (...parts: string[]): string => parts.join('');
  const body = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n';
  const key = (label: string): string => `${fake('-----BEGIN ', label, ' KEY-----')}\n${body}${fake('-----END ', label, ' KEY-----')}\n`;
  const files = (extra: Record<string, string>): Record<string, string> => ({
    ...Object.fromEntries(['public/atlassian-connect.json', 'package.json', 'server.js', 'public/greeter.html', 'certs/cert.pem'].map((f) => [f, read('tls-key-file', f)])),
    ...extra,
  });

  it('is a secret in the app\'s files; the certificate beside it is none', async () => {
    for (const [file, label] of [['certs/key.pem', 'RSA PRIVATE'], ['certs/server.key', 'PRIVATE']] as const) {
      const { facts } = await scanFiles(files({ [file]: key(label) }));
      assert.deepEqual(facts.secrets.map((s) => [s.rule, at(s.evidence)]), [['private-key', `${file}:1`]], file);
    }
    const { facts } = await scanFiles(files({}));
    assert.deepEqual(facts.secrets, []);
  });
});

describe('an ACE app whose production store is the Postgres database its .env names (`DATABASE_URL` on ElephantSQL)', () => {
  it('names the hosted database\'s vendor, from the connection string\'s host', async () => {
    const facts = await scan(fixture('hosted-postgres-env'));
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.category, t.via.map((v) => `${v.kind} ${at(v.evidence)}`)]), [['elephantsql', 'database', ['egress .env:2']]]);
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key]), [['external-db', 'write', 'clientInfo']]);
  });
});
