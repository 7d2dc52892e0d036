/** An SDK's namespace handed back by a getter of several statements: a lazy set-up or a guard before the `return`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const PACKAGE = JSON.stringify({ name: 'reporter', dependencies: { '@sentry/node': '^8.0.0' } });
const app = (getter: string) => ({
  'manifest.yml': forgeManifest(),
  'package.json': PACKAGE,
  'src/index.js': [
    "import * as Sentry from '@sentry/node';",
    'let ready = false;',
    getter,
    'export async function run({ context }) {',
    '  sentry()?.captureException(new Error(\'failed\'), { user: { id: context.accountId } });',
    '}',
    '',
  ].join('\n'),
});
const calls = async (getter: string): Promise<string[]> =>
  (await scanFiles(app(getter))).facts.egress.sdkCalls.filter((c) => c.api === 'captureException').map((c) => `${c.vendor} ${c.carries.join(',')}`);

describe('a call on the SDK a getter of the app returns', () => {
  it('is the vendor\'s call when every return hands back the same import, guards returning nothing aside', async () => {
    assert.deepEqual(await calls('function sentry() {\n  if (!ready) {\n    Sentry.init({ dsn: process.env.SENTRY_DSN });\n    ready = true;\n  }\n  return Sentry;\n}'), ['sentry account-id']);
    assert.deepEqual(await calls('function sentry() {\n  if (!process.env.SENTRY_DSN) return null;\n  return Sentry;\n}'), ['sentry account-id']);
  });

  it('is no call of the vendor when a return hands back something else', async () => {
    assert.deepEqual(await calls('function sentry() {\n  if (!ready) return console;\n  return Sentry;\n}'), []);
  });
});
