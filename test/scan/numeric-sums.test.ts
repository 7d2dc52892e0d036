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

  it('text before the number keeps the string text, also when it starts with a value of another module', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.example.com'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/config.js': "export const API_BASE = 'https://api.example.com';\n",
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "import { API_BASE } from './config';",
        'export async function run(page) {',
        "  await fetch(API_BASE + '/items?page=' + 1);",
        "  await fetch(API_BASE + '/items?page=' + (page + 1));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.host]), [
      ['https://api.example.com/items?page=1', 'api.example.com'],
      ['https://api.example.com/items?page={}', 'api.example.com'],
    ]);
    assert.deepEqual(facts.egress.unresolved, []);
  });
});
