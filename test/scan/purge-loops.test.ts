import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const DAY = 86400;
const manifest = forgeManifest('  scheduledTrigger:', '    - key: purge', '      function: main', '      interval: day', 'permissions:', '  scopes:', '    - storage:app');
const deletes = async (code: string[]): Promise<Array<[string | null, number | null]>> => {
  const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': JSON.stringify({ dependencies: { '@forge/kvs': '^1.0.0', '@forge/api': '^5.0.0' } }), 'src/index.js': code.join('\n') });
  return facts.storage.filter((s) => s.op === 'delete').map((s) => [`${s.api}:${s.evidence.line}`, s.olderThan ?? null]);
};

describe('a scheduled purge that walks the store and deletes what is older than a cut-off', () => {
  it('reads the age from the comparison that guards the delete: time since a date, a date before a cut-off, a date a length on already past', async () => {
    assert.deepEqual(await deletes([
      "import { kvs, WhereConditions } from '@forge/kvs';",
      "import { storage } from '@forge/api';",
      'const DAY_MS = 24 * 60 * 60 * 1000;',
      'const KEEP_MS = 7 * DAY_MS;',
      'export async function run() {',
      "  const page = await kvs.query().where('key', WhereConditions.beginsWith('note:')).limit(50).getMany();",
      '  for (const item of page.results) {',
      '    if (Date.now() - item.value.createdAt > 90 * DAY_MS) await kvs.delete(item.key);',                 // 8
      '  }',
      '  const cutoff = new Date(Date.now() - 30 * DAY_MS);',
      "  const { results } = await kvs.entity('draft').query().index('by-author').getMany();",
      '  for (const row of results) {',
      "    if (row.value.status === 'open' && new Date(row.value.updatedAt) < cutoff) {",
      "      await kvs.entity('draft').delete(row.key);",                                                      // 14
      '    }',
      '  }',
      '  const legacy = await storage.query().limit(20).getMany();',
      '  for (const entry of legacy.results) {',
      '    const age = Date.now() - entry.value.savedAt;',
      '    if (age >= 14 * DAY_MS) await storage.delete(entry.key);',                                          // 20
      '    if (entry.value.touchedAt + KEEP_MS < Date.now()) await storage.delete(`touch:${entry.key}`);',     // 21
      '  }',
      '}',
    ]), [
      ['kvs.delete:8', 90 * DAY],
      ['kvs.entity.delete:14', 30 * DAY],
      ['storage.delete:20', 14 * DAY],
      ['storage.delete:21', 7 * DAY],
    ]);
  });

  it('reads no age from a guard on when an item expires, on a count, on newer items, or from the branch that is not guarded', async () => {
    assert.deepEqual(await deletes([
      "import { kvs } from '@forge/kvs';",
      'const DAY_MS = 86400000;',
      'export async function run() {',
      '  const cutoff = Date.now() - 30 * DAY_MS;',
      '  const { results } = await kvs.query().limit(100).getMany();',
      '  for (const item of results) {',
      '    if (item.value.expiresAt < Date.now()) await kvs.delete(item.key);',                       // 7
      '    if (Date.now() > new Date(item.value.validUntil).getTime() + DAY_MS) await kvs.delete(item.key);', // 8
      '    if (item.value.count > 100) await kvs.delete(item.key);',                                  // 9
      '    if (cutoff < item.value.createdAt) await kvs.delete(item.key);',                            // 10
      '    if (Date.now() - item.value.createdAt < 5 * DAY_MS) continue;',
      '    else await kvs.delete(`old:${item.key}`);',                                                 // 12
      '  }',
      '}',
    ]), [
      ['kvs.delete:7', null],
      ['kvs.delete:8', null],
      ['kvs.delete:9', null],
      ['kvs.delete:10', null],
      ['kvs.delete:12', null],
    ]);
  });

  it('reads the age from a comparison that leaves the loop\'s turn first, of the item the delete names, and none from the time since a run', async () => {
    assert.deepEqual(await deletes([
      "import { kvs } from '@forge/kvs';",
      'const HOUR_MS = 3600000;',
      'let lastRun = 0;',
      'export async function run() {',
      '  if (Date.now() - lastRun < HOUR_MS) return;',
      '  lastRun = Date.now();',
      "  await kvs.delete('purge-lock');",                                                           // 7
      '  const { results } = await kvs.query().limit(100).getMany();',
      '  for (const item of results) {',
      '    if (Date.now() - item.value.createdAt < 60 * 24 * HOUR_MS || item.value.pinned) continue;',
      '    await kvs.delete(item.key);',                                                              // 11
      '  }',
      '  for (const other of results) {',
      "    if (Date.now() - other.value.createdAt > 24 * HOUR_MS) await kvs.delete('daily-summary');",   // 14
      '  }',
      '}',
    ]), [
      ['kvs.delete:7', null],
      ['kvs.delete:11', 60 * DAY],
      ['kvs.delete:14', null],
    ]);
  });

  it('reads the age where the loop destructures its item, and for a delete through a function of the module, unless another function calls it unguarded', async () => {
    assert.deepEqual(await deletes([
      "import { kvs } from '@forge/kvs';",
      'const DAY_MS = 86400000;',
      'const age = (note) => Date.now() - note.createdAt;',
      'async function remove(key) {',
      '  await kvs.delete(key);',                                                                     // 5
      '}',
      'async function forget(key) {',
      '  await kvs.delete(`draft:${key}`);',                                                          // 8
      '}',
      'export async function run() {',
      '  const { results } = await kvs.query().limit(100).getMany();',
      '  for (const { key, value } of results) {',
      '    if (Date.now() - value.createdAt > 90 * DAY_MS) await kvs.delete(key);',                   // 13
      '  }',
      '  for (const { key, value: note } of results) {',
      '    if (age(note) > 30 * DAY_MS) await remove(key);',
      '    if (age(note) > 7 * DAY_MS) await forget(key);',
      '  }',
      '}',
      'export async function uninstalled(event) {',
      '  await forget(event.key);',
      '}',
    ]), [
      ['kvs.delete:5', 30 * DAY],
      ['kvs.delete:8', null],
      ['kvs.delete:13', 90 * DAY],
    ]);
  });
});
