import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('what a read of the app’s storage returns (`const { results } = await kvs.query().getMany()`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/flows/storage-roundtrip'));
  });

  it('holds what the app writes there under the same key, any key for a query, the same entity', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/jobs.js:5', carries: ['literal'] },
      { at: 'src/jobs.js:7', carries: ['resolver-payload'] },
      { at: 'src/jobs.js:9', carries: ['resolver-payload'] },
    ]);
  });

  it('leaves reads themselves carrying nothing', () => {
    assert.deepEqual(facts.storage.filter((s) => s.op !== 'write').map((s) => s.carries), [[], [], []]);
    assert.deepEqual(facts.diagnostics, []);
  });
});

describe('many writes that store what reads of the same store return', () => {
  // Not a speed test: without the memo the scan does not end, and this stops it.
  it('are each worked out once: the payload reaches every write and the scan ends', { timeout: 120_000 }, async () => {
    // Every write stores what a read with a key of its caller returns, so each may hold what any other holds:
    // followed path by path, 30 such writes take longer than any scan may.
    const copies = Array.from({ length: 30 }, (_, i) => `export async function copy${i}(key) {\n  await kvs.set(key, await kvs.get(\`\${key}:${i}\`));\n}`);
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': ["import { kvs } from '@forge/kvs';", 'export async function run(payload) {', '  await kvs.set(payload.key, payload.value);', '}', ...copies, ''].join('\n'),
    });
    const writes = facts.storage.filter((s) => s.op === 'write');
    assert.equal(writes.length, 31);
    assert.ok(writes.every((w) => w.carries.includes('resolver-payload')));
  });
});

describe('Forge SQL read back', () => {
  it('the rows of a SELECT hold what the app writes to that table, not what it writes to others', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { sql } from '@forge/sql';",
        "import { kvs } from '@forge/kvs';",
        'export async function run(event) {',
        "  await sql.prepare('INSERT INTO notes (author, body) VALUES (?, ?)').bindParams(event.user.accountId, event.comment.body).execute();",
        "  await sql.prepare('INSERT INTO counters (name, total) VALUES (?, ?)').bindParams('runs', 1).execute();",
        "  const notes = await sql.prepare('SELECT author, body FROM notes WHERE id = ?').bindParams(1).execute();",
        "  await kvs.set('digest', notes.rows);",
        "  const counts = await sql.executeRaw('SELECT * FROM counters');",
        "  await kvs.set('counts', counts.rows);",
        '}',
      ].join('\n'),
    });
    const kv = facts.storage.filter((s) => s.backend === 'kvs').map((s) => `${s.key} ${s.carries.join(',')}`);
    assert.deepEqual(kv, ['digest account-id,resolver-payload', 'counts literal']);
  });

  it('the rows of a SELECT of some columns hold what the app writes to those columns; `*` or an expression all the table holds', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { sql } from '@forge/sql';",
        "import { kvs } from '@forge/kvs';",
        'export async function run(event) {',
        "  await sql.prepare('INSERT INTO notes (id, title, author, created) VALUES (?, ?, ?, NOW())').bindParams(event.id, event.comment.body, event.user.accountId).execute();",
        "  await sql.prepare('UPDATE notes SET title = ? WHERE author = ?').bindParams(event.comment.body, event.user.accountId).execute();",
        "  const titles = await sql.prepare('SELECT n.title AS name FROM notes n').execute();",
        "  await kvs.set('titles', titles.rows);",
        "  const authors = await sql.prepare('SELECT author FROM notes').execute();",
        "  await kvs.set('authors', authors.rows);",
        "  const all = await sql.executeRaw('SELECT * FROM notes');",
        "  await kvs.set('all', all.rows);",
        "  const counted = await sql.executeRaw('SELECT COUNT(title) FROM notes');",
        "  await kvs.set('counted', counted.rows);",
        '}',
      ].join('\n'),
    });
    const kv = facts.storage.filter((s) => s.backend === 'kvs').map((s) => `${s.key} ${s.carries.join(',')}`);
    assert.deepEqual(kv, ['titles resolver-payload', 'authors account-id', 'all account-id,resolver-payload', 'counted account-id,resolver-payload']);
  });

  it('a parameter in a written value’s expression (`TRIM(?)`, `COALESCE(?, col)`, `$1::jsonb`) is written to its column; a column not told, any', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { sql } from '@forge/sql';",
        "import { kvs } from '@forge/kvs';",
        'export async function run(event) {',
        "  await sql.prepare('INSERT INTO notes (id, title, author) VALUES (?, LOWER(?), ?)').bindParams(event.id, event.comment.body, 'bot').execute();",
        "  await sql.prepare('UPDATE notes SET author = COALESCE(?, author), id = ? WHERE title = ?').bindParams(event.user.accountId, event.id, 'x').execute();",
        "  await sql.prepare('UPDATE links SET label = TRIM($1), meta = $2::jsonb WHERE id = $3').bindParams(event.comment.body, event.user.accountId, event.id).execute();",
        "  await sql.prepare('INSERT INTO tags (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE owner = ?').bindParams(event.id, 'x', event.user.accountId).execute();",
        "  await kvs.set('titles', (await sql.prepare('SELECT title FROM notes').execute()).rows);",
        "  await kvs.set('authors', (await sql.prepare('SELECT author FROM notes').execute()).rows);",
        "  await kvs.set('labels', (await sql.prepare('SELECT label FROM links').execute()).rows);",
        "  await kvs.set('names', (await sql.prepare('SELECT name FROM tags').execute()).rows);",
        '}',
      ].join('\n'),
    });
    const kv = facts.storage.filter((s) => s.backend === 'kvs').map((s) => `${s.key} ${s.carries.join(',')}`);
    assert.deepEqual(kv, ['titles resolver-payload', 'authors account-id', 'labels resolver-payload', 'names account-id']);
  });
});

describe('a read whose key another module names (`storage.get(KEYS.settings)`)', () => {
  it('holds what the app writes under that key only, not under every key', async () => {
    const keys = "export const KEYS = { settings: 'settings', people: 'people-index' };\nexport const SETTINGS = 'settings';\n";
    const code = [
      "import { storage } from '@forge/api';",
      "import { KEYS, SETTINGS } from './keys';",
      'export async function run(event) {',
      '  await storage.set(KEYS.people, { owner: event.atlassianId });',
      "  await storage.set(KEYS.settings, { mode: 'fast' });",
      '  const settings = await storage.get(KEYS.settings);',
      '  const again = await storage.get(SETTINGS);',
      '  const people = await storage.get(KEYS.people);',
      '  console.log(settings);',
      '  console.log(again);',
      '  console.log(people);',
      '}',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/keys.js': keys, 'src/index.js': code });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['9 other', '10 other', '11 account-id']);
  });
});

describe('a query on a key prefix (`storage.query().where(\'key\', startsWith(\'summary:\'))`)', () => {
  it('holds what the app writes under that prefix only', async () => {
    const code = [
      "import { storage, startsWith } from '@forge/api';",
      'export async function run(event) {',
      '  await storage.set(`summary:${event.id}`, { text: event.text });',
      '  await storage.set(`owner:${event.id}`, { owner: event.atlassianId });',
      "  const { results } = await storage.query().where('key', startsWith('summary:')).getMany();",
      '  console.log(results);',
      '  const all = await storage.query().getMany();',
      '  console.log(all);',
      '}',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': code });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['6 resolver-payload', '8 account-id,resolver-payload']);
  });
});

describe('a loop over constant keys (`for (const key of [\'settings\', \'cache\'])`)', () => {
  it('reads and writes each of those keys, not any key: other keys keep only what is written under them', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "const KEYS = ['settings', 'cache'];",
        'export async function run(payload, context) {',
        "  await kvs.set('profile', { owner: context.principal.accountId });",
        '  for (const key of KEYS) {',
        '    const value = await kvs.get(key);',
        '    await kvs.set(key, { ...value, migrated: true });',
        '  }',
        "  for (const key of ['a', 'b', 'c', 'd', 'e']) await kvs.delete(key);",
        "  console.log('settings', await kvs.get('settings'));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries]), [
      ['write', 'profile', ['account-id']],
      ['read', 'settings', []], ['read', 'cache', []],
      ['write', 'settings', ['other']], ['write', 'cache', ['other']],
      ['delete', null, []],
      ['read', 'settings', []],
    ]);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['other']]);
  });
});
