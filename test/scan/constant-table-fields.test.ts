import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const resolverApp = (body: string[]) => ({
  'manifest.yml': forgeManifest(),
  'src/index.js': ["import Resolver from '@forge/resolver';", 'const resolver = new Resolver();', ...body, 'export const handler = resolver.getDefinitions();', ''].join('\n'),
});

describe('a field named for a secret of the items of a constant table', () => {
  it('holds the constants the table gives it: a flag or the name of a variable is no secret handed to the browser', async () => {
    const { facts } = await scanFiles(resolverApp([
      "const SETTINGS = [{ key: 'apiToken', label: 'API token', secret: true }, { key: 'site', label: 'Site', secret: false }];",
      "const HOOKS = [{ key: 'create-item', token: 'CREATE_HOOK_TOKEN' }, { key: 'sync-item', token: 'SYNC_HOOK_TOKEN' }];",
      "resolver.define('settings', async () => SETTINGS.map((s) => ({ key: s.key, secret: s.secret })));",
      "resolver.define('hooks', async () => HOOKS.map(({ key, token }) => ({ key, token })));",
      "resolver.define('listed', async () => { const out = []; for (const s of SETTINGS) out.push({ key: s.key, hidden: s.secret }); return out; });",
    ]));
    assert.deepEqual(facts.exposedSecrets ?? [], []);
  });

  it('is still a secret when an item gives it a text that looks generated', async () => {
    const { facts } = await scanFiles(resolverApp([
      "const KEYS = [{ name: 'main', token: 'Qm7Zx8f7G6h5J4k3L2m1N0pQ9rS8tU7vW6xY5' }, { name: 'spare', token: 'SPARE_TOKEN' }];",
      "resolver.define('keys', async () => KEYS.map((k) => ({ name: k.name, token: k.token })));",
    ]));
    assert.deepEqual((facts.exposedSecrets ?? []).map((s) => s.function), ['keys']);
  });
});
