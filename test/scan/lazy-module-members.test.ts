import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a module member loaded on first use (`const store = async () => (await import(\'@forge/kvs\')).kvs`)', () => {
  it('is the member: its calls through the function are the module\'s, awaited inline or kept in a variable', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { '@forge/kvs': '^1.0.0' } }),
      'src/index.js': [
        "const store = async () => (await import('@forge/kvs')).kvs;",
        'export async function run(event) {',
        '  await (await store()).set(`digest:${event.id}`, { title: event.title });',
        '  const kv = await store();',
        "  await kv.delete('stale');",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.evidence.line}`), ['kvs write digest:{} 3', 'kvs delete stale 5']);
  });
});
