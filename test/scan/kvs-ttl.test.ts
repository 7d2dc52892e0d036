import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a Forge KVS write with a time-to-live', () => {
  it('records how long the entry lives, from its unit and a constant length, over several lines too', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'const KEEP_DAYS = 14;',
        'export const run = async (event) => {',
        '  await kvs.set(`summary:${event.id}`, event.summary, {',
        "    ttl: { unit: 'DAYS', value: KEEP_DAYS },",
        '  });',
        "  await kvs.entity('visit').set(event.id, { at: event.at }, { ttl: { unit: 'MINUTES', value: 30 } });",
        "  await kvs.set(`lock:${event.id}`, true, { ttl: { unit: event.unit, value: 5 } });",
        "  await kvs.set('settings', event.settings);",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.expiresAfter]), [['summary:{}', 1209600], ['visit', 1800], ['lock:{}', null], ['settings', undefined]]);
  });
});
