import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('key builders that name a constant before they return', () => {
  it('give their key, in the module and imported (ES and CommonJS)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/keys.js': [
        "const PREFIX = 'alert:';",
        'function alertKey(alert = {}) {',
        '  const stamp = String(Date.parse(alert.raisedAt)).padStart(13, "0");',
        '  const digest = hashOf(alert.id);',
        '  return `${PREFIX}${stamp}:${digest}`;',
        '}',
        'function hashOf(v) { return String(v).length.toString(16); }',
        'module.exports = { alertKey };',
        '',
      ].join('\n'),
      'src/day.js': [
        'export const dayKey = (site) => {',
        '  const day = new Date().toISOString().slice(0, 10);',
        '  return `stats:${site}:${day}`;',
        '};',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { dayKey } from './day';",
        "const { alertKey } = require('./keys');",
        'function userKey(id) {',
        "  const safe = id.replace(/[^a-z0-9]/gi, '-');",
        '  return `user-${safe}`;',
        '}',
        'export async function run(event) {',
        '  await kvs.set(alertKey(event.alert), { level: event.alert.level });',
        '  await kvs.set(dayKey(event.site), { count: 1 });',
        '  await kvs.set(userKey(event.id), { seen: true });',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.evidence.line}`), [
      'write alert:{}:{} 9',
      'write stats:{}:{} 10',
      'write user-{} 11',
    ]);
  });

  it('stay unknown when the function does more than name constants before it returns', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'function pick(id) {',
        '  let key = `a-${id}`;',
        "  if (id.startsWith('b')) key = `b-${id}`;",
        '  return key;',
        '}',
        'export async function run(event) {',
        '  await kvs.set(pick(event.id), 1);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.evidence.line}`), ['write null 8']);
  });
});
