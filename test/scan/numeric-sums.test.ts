import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a number added to a value not known', () => {
  it('is a sum, a hole in a key, while text with a number after it stays text', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/kvs': '^1.0.0' } }),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        '',
        'export async function run(event) {',
        '  for (let i = 0; i < event.chunks.length; i++) {',
        '    await kvs.set(`chunk_${i + 1}`, event.chunks[i]);',
        '  }',
        "  await kvs.set('page-' + (event.page + 1), event.items);",
        "  await kvs.set('version-' + 2, event.items);",
        '  const count = await kvs.get(`chunk_${event.n}`);',
        '  return count;',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key]), [
      ['write', 'chunk_{}'],
      ['write', 'page-{}'],
      ['write', 'version-2'],
      ['read', 'chunk_{}'],
    ]);
  });
});
