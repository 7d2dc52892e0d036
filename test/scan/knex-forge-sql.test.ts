import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const ops = (facts: Facts) => facts.storage.map((s) => `${s.backend} ${s.op} ${s.key ?? '-'} ${s.api} [${s.carries.join(',')}] ${s.evidence.file}:${s.evidence.line}`);
const manifest = forgeManifest('  sql:', '    - key: main', '      engine: mysql');

describe('Knex made without a connection, as a query builder for Forge SQL', () => {
  const db = [
    "import sql from '@forge/sql';",
    "import knex from 'knex';",
    "export const db = knex({ client: 'mysql' });",
    'export const runQuery = (query) => sql.prepare(query.toQuery()).execute();',
    '',
  ].join('\n');

  it('reports its queries on Forge SQL, through a client of another module or one made here', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ name: 'x', dependencies: { '@forge/sql': '^2.0.0', '@forge/api': '^5.0.0', knex: '^3.1.0' } }),
      'src/db.js': db,
      'src/index.js': [
        "import knex from 'knex';",
        "import { db, runQuery } from './db';",
        "const local = knex({ client: 'mysql' });",
        'export async function run(worklog) {',
        "  await runQuery(db('worklogs').insert({ author_id: worklog.author.accountId }));",
        "  await runQuery(local('visits').insert({ accountId: worklog.author.accountId }));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'sql query - sql.prepare [] src/db.js:4',
      'sql write worklogs knex.insert [account-id] src/index.js:5',
      'sql write visits knex.insert [account-id] src/index.js:6',
    ]);
  });

  it('reads a table with an aggregate (`count`, `sum`) as with `select`', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ name: 'x', dependencies: { '@forge/sql': '^2.0.0', knex: '^3.1.0' } }),
      'src/db.js': db,
      'src/index.js': [
        "import { db, runQuery } from './db';",
        'export async function run(from, to) {',
        "  const spans = db('timers').whereBetween('started', [from, to]);",
        "  const total = await runQuery(spans.sum({ seconds: 'duration' }));",
        "  return runQuery(db('timers').count({ n: '*' }));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'sql query - sql.prepare [] src/db.js:4',
      'sql read timers knex.sum [] src/index.js:4',
      'sql read timers knex.count [] src/index.js:5',
    ]);
  });

  it('keeps the queries of a client made with a connection on the vendor\'s database', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ name: 'x', dependencies: { '@forge/sql': '^2.0.0', knex: '^3.1.0' } }),
      'src/index.js': [
        "import knex from 'knex';",
        "const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });",
        'export async function run(accountId) {',
        "  await db('visits').insert({ accountId });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['external-db write visits knex.insert [account-id] src/index.js:4']);
  });
});
