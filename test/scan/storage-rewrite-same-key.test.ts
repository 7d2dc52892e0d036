import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const CODE = [
  "import Resolver from '@forge/resolver';",
  "import { kvs } from '@forge/kvs';",
  'const resolver = new Resolver();',
  "resolver.define('connect', async ({ payload }) => {",
  "  await kvs.set('partner-token', payload.token);",
  "  await kvs.set('prefs', { theme: payload.theme });",
  '});',
  "resolver.define('prefs', async () => kvs.get('prefs'));", // 8
  "resolver.define('token', async () => kvs.get('partner-token'));", // 9
  '// A clean-up: every key read, filtered and written back under the same key.',
  'export async function forget(accountId) {',
  '  const { results } = await kvs.query().getMany();',
  '  for (const item of results) {',
  '    const value = await kvs.get(item.key);',
  '    if (Array.isArray(value)) await kvs.set(item.key, value.filter((v) => v.accountId !== accountId));',
  '  }',
  '}',
  'export const handler = resolver.getDefinitions();',
].join('\n');

describe('a write of what was read under the same key (`kvs.set(item.key, edit(await kvs.get(item.key)))`)', () => {
  it('moves nothing between keys: a read of another key holds only what is written there', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest('storage:app'), 'src/index.js': CODE });
    assert.deepEqual((facts.exposedSecrets ?? []).map((s) => `${s.function} ${s.evidence.line}`), ['token 9']);
  });
});
