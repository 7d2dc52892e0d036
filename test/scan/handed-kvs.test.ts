import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('permissions:', '  scopes:', '    - storage:app');
const PACKAGE = JSON.stringify({ dependencies: { '@forge/kvs': '^1.0.0', '@forge/api': '^5.0.0' } });
const REPOSITORY = [
  'type SecretStore = { getSecret(key: string): Promise<unknown>; setSecret(key: string, value: unknown): Promise<void>; deleteSecret(key: string): Promise<void> };',
  "const KEY = 'vendor.credentials';",
  'export const makeRepository = (store: SecretStore) => ({',
  '  read: () => store.getSecret(KEY),',
  '  write: (credential: unknown) => store.setSecret(KEY, credential),',
  '  remove: () => store.deleteSecret(KEY),',
  '});',
  '',
].join('\n');

const ops = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.carries.join(',')}`);

describe('Forge\'s key-value store handed to a helper that calls it through its parameter', () => {
  it('`makeRepository(kvs)`: the helper\'s calls are the store\'s, with their keys and what is written', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST, 'package.json': PACKAGE, 'src/repository.ts': REPOSITORY,
      'src/index.ts': [
        "import { kvs } from '@forge/kvs';",
        "import { makeRepository } from './repository';",
        'const repository = makeRepository(kvs);',
        'export async function run(event: { apiToken: string }) {',
        '  if (!(await repository.read())) await repository.write({ apiToken: event.apiToken });',
        '}',
        'export async function reset() {',
        '  await repository.remove();',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['kvs-secret read vendor.credentials ', 'kvs-secret write vendor.credentials secret', 'kvs-secret delete vendor.credentials ']);
    assert.deepEqual(facts.scopes.unused, []);
  });

  it('`storage` of `@forge/api` handed the same way', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST, 'package.json': PACKAGE, 'src/repository.ts': REPOSITORY,
      'src/index.ts': [
        "import { storage } from '@forge/api';",
        "import { makeRepository } from './repository';",
        'export async function run() {',
        '  return makeRepository(storage).read();',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['kvs-secret read vendor.credentials ', 'kvs-secret write vendor.credentials secret', 'kvs-secret delete vendor.credentials ']);
  });

  it('not a store of the app\'s own handed in (a `Map`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST, 'package.json': PACKAGE, 'src/repository.ts': REPOSITORY,
      'src/index.ts': [
        "import { makeRepository } from './repository';",
        'const memory = new Map();',
        'export async function run() {',
        '  return makeRepository({ getSecret: async (k: string) => memory.get(k), setSecret: async () => {}, deleteSecret: async () => {} }).read();',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), []);
  });
});
