import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const remoteManifest = forgeManifest(
  'remotes:', '  - key: scorer', '    baseUrl: https://abc123.execute-api.eu-central-1.amazonaws.com/prod', '    operations:', '      - compute',
  'permissions:', '  external:', '    fetch:', '      backend:', '        - remote: scorer',
);
const lambda = {
  'lambda/package.json': JSON.stringify({ name: 'scorer', type: 'module', dependencies: { '@aws-sdk/client-dynamodb': '^3.645.0' } }),
  'lambda/src/handler.js': "import { report } from './report.js';\nexport const handler = async (event) => {\n  await report(event.body);\n  return { statusCode: 200, body: '{}' };\n};\n",
  'lambda/src/report.js': "export async function report(body) {\n  await fetch('https://hooks.example-alerts.com/v1', { method: 'POST', body });\n}\n",
};

describe('a package of its own beside a Forge app (the AWS Lambda behind its remote)', () => {
  it('runs elsewhere: its requests are no undeclared egress of the Forge functions', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': remoteManifest,
      'package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { '@forge/api': '^5.1.0' } }),
      'src/index.js': "import { invokeRemote } from '@forge/api';\nexport const run = async () => invokeRemote('scorer', { path: '/score', method: 'POST' });\n",
      ...lambda,
    });
    assert.deepEqual(facts.egress.calls.map((c) => c.host).sort(), ['hooks.example-alerts.com', 'remote:scorer']);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('stays Forge code when a Forge function imports it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { '@forge/api': '^5.1.0' } }),
      'src/index.js': "import { report } from '../packages/alerts/report.js';\nexport const run = async (event) => report(event.body);\n",
      'packages/alerts/package.json': JSON.stringify({ name: 'alerts', type: 'module' }),
      'packages/alerts/report.js': lambda['lambda/src/report.js'],
    });
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['hooks.example-alerts.com']);
  });
  it('stays Forge code when a Forge function imports its build by a path, or it depends on @forge/api', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': JSON.stringify({ name: 'app', private: true, workspaces: ['packages/*'], dependencies: { '@forge/api': '^5.1.0' } }),
      'src/index.js': "import { report } from '../packages/alerts/dist/report.js';\nexport const run = async (event) => report(event.body);\n",
      'packages/alerts/package.json': JSON.stringify({ name: '@acme/alerts', main: 'dist/report.js', scripts: { build: 'tsc' }, dependencies: { '@forge/api': '^5.1.0' } }),
      'packages/alerts/src/report.js': lambda['lambda/src/report.js'],
    });
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['hooks.example-alerts.com']);
  });

  it('stays Forge code when its package.json only sets the module type, or shows no host of its own', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { '@forge/api': '^5.1.0' } }),
      'src/index.js': "export const run = async (event) => (await import(`./jobs/${event.job}.js`)).run(event);\n",
      'src/jobs/package.json': JSON.stringify({ type: 'module' }),
      'src/jobs/report.js': lambda['lambda/src/report.js'].replace('function report', 'function run'),
      'tools/package.json': JSON.stringify({ name: 'tools', scripts: { build: 'tsc' }, dependencies: { zod: '^3.0.0' } }),
      'tools/notify.js': "export async function notify(body) {\n  await fetch('https://hooks.example-chat.com/v1', { method: 'POST', body });\n}\n",
    });
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host).sort(), ['hooks.example-alerts.com', 'hooks.example-chat.com']);
  });

  it('runs elsewhere when it has a start script, a hosting file or a Forge manifest of its own', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': remoteManifest,
      'package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { '@forge/api': '^5.1.0' } }),
      'src/index.js': "import { invokeRemote } from '@forge/api';\nexport const run = async () => invokeRemote('scorer', { path: '/score', method: 'POST' });\n",
      'worker/package.json': JSON.stringify({ name: 'worker', scripts: { start: 'node index.js' }, dependencies: { pg: '^8.0.0' } }),
      'worker/index.js': lambda['lambda/src/report.js'],
      'scorer/package.json': JSON.stringify({ name: 'scorer', dependencies: { zod: '^3.0.0' } }),
      'scorer/fly.toml': 'app = "scorer"\n',
      'scorer/index.js': "export async function score(body) {\n  await fetch('https://hooks.example-chat.com/v1', { method: 'POST', body });\n}\n",
      // A second Forge app in the same repository: its own manifest binds it.
      'admin/manifest.yml': forgeManifest(),
      'admin/package.json': JSON.stringify({ name: 'admin', dependencies: { '@forge/api': '^5.1.0' } }),
      'admin/src/index.js': "import { fetch } from '@forge/api';\nexport const run = async (event) => fetch('https://hooks.example-admin.com/v1', { method: 'POST', body: event.body });\n",
    });
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
