import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a record named as a number is (`newVersion`, `lastUpdate`)', () => {
  it('holds what its fields hold when it is an object literal; a bare `version` is still a number', async () => {
    const code = [
      "import Resolver from '@forge/resolver';",
      "import { storage } from '@forge/api';",
      'const resolver = new Resolver();',
      "resolver.define('save', async ({ payload }) => {",
      '  const { label, notes } = payload;',
      "  const history = (await storage.get('history')) || [];",
      '  const newVersion = { label, notes, savedAt: Date.now() };',
      '  history.push(newVersion);',
      "  await storage.set('history', history);",
      '  const version = payload.notes;',
      "  await storage.set('latest', version);",
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest('storage:app'), 'src/index.js': code });
    const writes = facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries]);
    assert.deepEqual(writes, [['history', ['resolver-payload']], ['latest', ['other']]]);
  });
});
