import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('what a write to Forge storage answers (`const result = await kvs.setSecret(key, token)`)', () => {
  it('holds none of what it stores', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('modules:', '  function:', '    - key: fn', '      handler: index.run', 'permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { storage } from '@forge/api';",
        'export async function run({ payload }) {',
        "  const saved = await kvs.setSecret('vcs-token', payload.token);",
        "  console.log('saved', saved);",
        "  const noted = await storage.set('note', payload.note);",
        "  console.log('noted', noted);",
        "  console.log('kept', await kvs.getSecret('vcs-token'));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['5 other', '7 other', '8 secret']);
  });
});
