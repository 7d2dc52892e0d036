import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

// What a resolver function returns reaches the browser of whoever opens the app.
describe('a secret a resolver function returns to the front end (`exposedSecrets`)', () => {
  it('is kept where the function returns it: an environment key, a stored secret, a helper\'s result in another module', async () => {
    const config = [
      'export function githubToken() {',
      '  return process.env.GITHUB_TOKEN;',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { kvs } from '@forge/kvs';",
      "import { githubToken } from './config';",
      'const resolver = new Resolver();',
      "resolver.define('getConfig', async () => ({ apiKey: process.env.OPENAI_API_KEY, model: 'gpt-4o' }));",
      "resolver.define('getToken', async () => {",
      "  const stored = await kvs.getSecret('openai');",
      '  if (!stored) return null;',
      '  return { stored };',
      '});',
      "resolver.define('getGithub', () => githubToken());",
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index, 'src/config.js': config });
    assert.deepEqual(facts.exposedSecrets?.map((s) => [s.function, `${s.evidence.file}:${s.evidence.line}`]), [
      ['getConfig', 'src/index.js:5'],
      ['getToken', 'src/index.js:9'],
      ['getGithub', 'src/index.js:11'],
    ]);
  });

  it('is kept for a function of the app a resolver names, in its module or another; not for a function no resolver names', async () => {
    const handlers = [
      'export async function getConfig() {',
      '  return { apiKey: process.env.OPENAI_API_KEY };',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { getConfig } from './handlers';",
      'const resolver = new Resolver();',
      'async function getToken() {',
      '  return process.env.SLACK_TOKEN;',
      '}',
      'function tokenFor() {',
      '  return process.env.SLACK_TOKEN;',
      '}',
      "resolver.define('getConfig', getConfig);",
      "resolver.define('getToken', getToken);",
      'export async function notify() {',
      "  await fetch('https://slack.example.com/api/chat.postMessage', { headers: { Authorization: `Bearer ${tokenFor()}` } });",
      '}',
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index, 'src/handlers.js': handlers });
    assert.deepEqual(facts.exposedSecrets?.map((s) => [s.function, `${s.evidence.file}:${s.evidence.line}`]), [
      ['getConfig', 'src/handlers.js:2'],
      ['getToken', 'src/index.js:5'],
    ]);
  });

  it('is not whether a key is set, a masked key, its length, nor a variable of no secret', async () => {
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { kvs } from '@forge/kvs';",
      'const resolver = new Resolver();',
      "resolver.define('getStatus', async () => {",
      '  const key = process.env.OPENAI_API_KEY;',
      "  return { configured: Boolean(key), hasKey: !!key, preview: '••••' + key.slice(-4), length: key.length, region: process.env.OPENAI_REGION };",
      '});',
      "resolver.define('getMasked', async () => {",
      "  const apiKey = await kvs.getSecret('openai');",
      '  const masked = `${apiKey.slice(0, 3)}…`;',
      '  return { apiKey: masked };',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index });
    assert.equal(facts.exposedSecrets, undefined);
  });
  it('is not a settings object whose secret is left out: a flag of whether it is set, the field set to undefined, through a helper', async () => {
    const mail = [
      "import { kvs } from '@forge/kvs';",
      "const SETTINGS = 'smtp-settings';",
      "const PASSWORD = 'smtp-password';",
      'export async function loadSmtp() {',
      "  const settings = (await kvs.get(SETTINGS)) || { host: '', port: 25 };",
      '  const password = await kvs.getSecret(PASSWORD);',
      '  return { ...settings, hasPassword: Boolean(password), password: undefined };',
      '}',
      'export async function storeSmtp(input) {',
      '  const { password, ...settings } = input;',
      '  await kvs.set(SETTINGS, settings);',
      '  if (password) await kvs.setSecret(PASSWORD, password);',
      '  return loadSmtp();',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { kvs } from '@forge/kvs';",
      "import { loadSmtp, storeSmtp } from './mail';",
      'const resolver = new Resolver();',
      "resolver.define('smtp:get', () => loadSmtp());",
      "resolver.define('smtp:save', ({ payload }) => storeSmtp(payload.smtp));",
      'async function botStatus() {',
      "  const token = await kvs.getSecret('bot-token');",
      '  const hasToken = token !== undefined;',
      '  return { hasToken, botToken: Boolean(token) };',
      '}',
      "resolver.define('bot:status', () => botStatus());",
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index, 'src/mail.js': mail });
    assert.equal(facts.exposedSecrets, undefined);
  });

  it('is not a field of a value kept in the secret store that is named for something else: a time, a person, an ID, a count, a flag', async () => {
    const setup = [
      "import { storage } from '@forge/api';",
      "const SETUP = 'tracker-setup';",
      'export async function readSetup() {',
      '  return storage.getSecret(SETUP);',
      '}',
      'export async function writeSetup(accountId, token) {',
      '  await storage.setSecret(SETUP, { token, savedBy: accountId, savedAt: new Date().toISOString(), trackerId: 7, isShared: false });',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { storage } from '@forge/api';",
      "import { readSetup } from './setup';",
      'const resolver = new Resolver();',
      "resolver.define('setup:summary', async () => {",
      '  const setup = await readSetup();',
      '  return { ready: true, savedAt: setup?.savedAt, savedBy: setup?.savedBy, trackerId: setup?.trackerId, shared: setup?.isShared };',
      '});',
      "resolver.define('setup:local', async () => {",
      "  const setup = await storage.getSecret('tracker-setup');",
      "  console.log('setup', setup.savedAt, setup.savedBy, setup.isShared);",
      '  return { savedAt: setup.savedAt, projectCount: setup.projectCount };',
      '});',
      "resolver.define('setup:token', async () => {",
      '  const setup = await readSetup();',
      '  return { token: setup.token, value: setup.value };',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index, 'src/setup.js': setup });
    assert.deepEqual(facts.exposedSecrets?.map((s) => [s.function, s.evidence.line]), [['setup:token', 16]]);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['other']]);
  });
});

// A helper that returns what it stored with the secret beside it (`return { ...stored, token }`): a field read off its
// result that it does not name comes from the spread; the secret's own field, or the whole result, still hands it on.
describe('fields of a helper\'s result spread from storage, beside a secret', () => {
  it('carry what the spread gives, not the secret; the secret\'s field and the whole result do', async () => {
    const connection = [
      "import { kvs } from '@forge/kvs';",
      'export async function getConnection() {',
      "  const saved = await kvs.get('connection');",
      '  if (!saved) return undefined;',
      "  const token = await kvs.getSecret('token');",
      '  return { ...saved, token };',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import { getConnection } from './connection';",
      'const resolver = new Resolver();',
      "resolver.define('status', async () => {",
      '  const connection = await getConnection();',
      '  return { org: connection.org, since: connection.connectedAt };',
      '});',
      "resolver.define('leak', async () => {",
      '  const connection = await getConnection();',
      '  return { org: connection.org, token: connection.token };',
      '});',
      "resolver.define('whole', async () => getConnection());",
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), 'src/index.js': index, 'src/connection.js': connection });
    assert.deepEqual(facts.exposedSecrets?.map((s) => [s.function, `${s.evidence.file}:${s.evidence.line}`]), [
      ['leak', 'src/index.js:10'],
      ['whole', 'src/index.js:12'],
    ]);
  });
});
