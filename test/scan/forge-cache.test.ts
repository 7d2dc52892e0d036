import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// The Forge Cache (https://developer.atlassian.com/platform/forge/storage-reference/cache/): Atlassian's in-memory store, its
// keys kept for their ttlSeconds (600 when not given).
describe('the Forge Cache (`@forge/cache`)', () => {
  it('is storage Atlassian runs: what a write keeps, for how long, by key', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': '{"dependencies":{"@forge/cache":"^1.0.0"}}',
      'src/index.js': [
        "import cache from '@forge/cache';",
        'const LOCK_SECONDS = 60;',
        'export async function run(event, context) {',
        '  const client = cache.connect();',
        '  await client.set(`seen:${context.accountId}`, JSON.stringify({ user: context.accountId }), { ttlSeconds: 1800 });',
        "  await client.setIfNotExists(`lock:${event.id}`, 'held', { ttlSeconds: LOCK_SECONDS });",
        "  await client.incrementAndGet('hits');",
        '  const last = await client.get(`seen:${context.accountId}`);',
        "  await client.delete('hits');",
        '  return last;',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.carries, s.expiresAfter]), [
      ['cache', 'write', 'seen:{}', ['account-id'], 1800],
      ['cache', 'write', 'lock:{}', ['other'], 60],
      ['cache', 'write', 'hits', ['literal'], 600],
      ['cache', 'read', 'seen:{}', [], undefined],
      ['cache', 'delete', 'hits', [], undefined],
    ]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target]), [['account-id', 'stored', 'cache']]);
    assert.deepEqual(facts.thirdParties, []);
    assert.deepEqual(facts.egress.calls, []);
  });
});
