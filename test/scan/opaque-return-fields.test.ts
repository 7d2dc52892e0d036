import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

// A settings loader that returns what the app stored, or else defaults with a secret read from the environment.
const CONFIG = [
  "import { kvs } from '@forge/kvs';",
  'export async function loadSettings() {',
  "  const saved = await kvs.get('settings');",
  '  if (saved) return JSON.parse(saved);',
  "  return { region: 'eu', apiSecret: process.env.PARTNER_SECRET, retries: 3 };",
  '}',
  'export async function loadDefaultsFirst() {',
  "  const defaults = { region: 'eu', apiSecret: process.env.PARTNER_SECRET };",
  "  if (!(await kvs.get('settings'))) return defaults;",
  "  return kvs.get('settings');",
  '}',
].join('\n');

const RESOLVERS = [
  "import Resolver from '@forge/resolver';",
  "import { loadSettings, loadDefaultsFirst } from './config';",
  'const resolver = new Resolver();',
  "resolver.define('region', async () => {",
  '  const settings = await loadSettings();',
  '  return { region: settings.region, retries: settings.retries };', // 6
  '});',
  "resolver.define('regionToo', async () => ({ region: (await loadDefaultsFirst()).region }));", // 8
  "resolver.define('secret', async () => ({ key: (await loadSettings()).apiSecret }));", // 9
  "resolver.define('all', async () => loadSettings());", // 10
  'export const handler = resolver.getDefinitions();',
].join('\n');

describe('a field of what a function returns when one of its returns is an object literal and another is not', () => {
  it('holds that field of the literal and what the other holds, not the literal\'s other fields', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest('storage:app'), 'src/config.js': CONFIG, 'src/index.js': RESOLVERS });
    assert.deepEqual((facts.exposedSecrets ?? []).map((s) => `${s.function} ${s.evidence.line}`), ['secret 9', 'all 10']);
  });
});
