import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const ops = (facts: Facts) => facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.api} [${s.carries.join(',')}] ${s.evidence.file}:${s.evidence.line}`);
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'app', dependencies: deps });

describe('Drizzle queries through forge-sql-orm, tables and the client declared in other modules', () => {
  it('reports the Forge SQL writes, deletes and reads with the table each names and what a write stores', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('  sql:', '    - key: main', '      engine: mysql'),
      'package.json': pkg({ '@forge/resolver': '^1.7.0', 'drizzle-orm': '^0.45.0', 'forge-sql-orm': '^2.1.0' }),
      'src/db/client.js': "import ForgeSQL from 'forge-sql-orm';\nexport const forgeSQL = new ForgeSQL({ cacheTTL: 60 });\n",
      'src/db/tables.js': "import { mysqlTable, varchar, int } from 'drizzle-orm/mysql-core';\nexport const watchers = mysqlTable('watchers', { id: int().autoincrement(), accountId: varchar({ length: 128 }), email: varchar({ length: 255 }) });\n",
      'src/db/index.js': "export * from './tables';\n",
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { eq } from 'drizzle-orm';",
        "import { forgeSQL } from './db/client';",
        "import { watchers } from './db';",
        'const resolver = new Resolver();',
        "resolver.define('watch', async (req) => {",
        '  await forgeSQL.insert(watchers).values({ accountId: req.context.accountId, email: req.payload.email });',
        '  await forgeSQL.updateAndEvictCache(watchers).set({ email: req.payload.email }).where(eq(watchers.id, 1));',
        '  await forgeSQL.delete(watchers).where(eq(watchers.id, req.payload.id));',
        '  return forgeSQL.select().from(watchers).where(eq(watchers.id, 2));',
        '});',
        "resolver.define('list', () => forgeSQL.selectFrom(watchers));",
        "resolver.define('versioned', async (req) => {",
        '  await forgeSQL.modifyWithVersioning().insert(watchers, [{ accountId: req.context.accountId }]);',
        '  await forgeSQL.modifyWithVersioningAndEvictCache().updateById({ id: 1, email: req.payload.email }, watchers);',
        '  await forgeSQL.modifyWithVersioning().deleteById(req.payload.id, watchers);',
        '});',
        'export const run = resolver.getDefinitions();',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'sql write watchers drizzle.insert [account-id,email] src/index.js:7',
      'sql write watchers drizzle.updateAndEvictCache [email] src/index.js:8',
      'sql delete watchers drizzle.delete [] src/index.js:9',
      'sql read watchers drizzle.select [] src/index.js:10',
      'sql read watchers drizzle.selectFrom [] src/index.js:12',
      'sql write watchers drizzle.insert [account-id] src/index.js:14',
      'sql write watchers drizzle.updateById [email] src/index.js:15',
      'sql delete watchers drizzle.deleteById [] src/index.js:16',
    ]);
  });

  it('reads `drizzle(forgeDriver)` made and a table declared in the same module as Forge SQL', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': pkg({ 'drizzle-orm': '^0.45.0', 'forge-sql-orm': '^2.1.0' }),
      'src/index.js': [
        "import { drizzle } from 'drizzle-orm/mysql-proxy';",
        "import { forgeDriver } from 'forge-sql-orm';",
        "import { mysqlTable, text } from 'drizzle-orm/mysql-core';",
        "const notes = mysqlTable('issue_notes', { body: text() });",
        'const db = drizzle(forgeDriver);',
        'export async function run(event) {',
        '  await db.insert(notes).values({ body: event.issue.fields.summary });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), ['sql write issue_notes drizzle.insert [resolver-payload] src/index.js:7']);
  });
});

describe('Drizzle over a database of the vendor (`drizzle-orm/node-postgres`)', () => {
  it('reports the writes as external storage, the table re-exported by name from the schema module', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'app', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} }),
      'package.json': pkg({ 'atlassian-connect-express': '^8.0.0', 'drizzle-orm': '^0.45.0', pg: '^8.0.0' }),
      'src/schema/tenants.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const tenants = pgTable('tenants', { clientKey: text('client_key'), baseUrl: text('base_url') });\n",
      'src/schema/index.ts': "export { tenants } from './tenants';\n",
      'src/db.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nimport { Pool } from 'pg';\nexport const db = drizzle(new Pool());\n",
      'src/routes.ts': [
        "import { db } from './db';",
        "import { tenants } from './schema';",
        'export async function installed(req, res) {',
        '  await db.insert(tenants).values({ clientKey: req.body.clientKey, baseUrl: req.body.baseUrl });',
        '  res.sendStatus(204);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts).filter((o) => o.includes('drizzle')), ['external-db write tenants drizzle.insert [other] src/routes.ts:4']);
  });
});

describe('look-alikes of Drizzle calls', () => {
  it('reports nothing for `.insert(x).values(y)` and `.select().from(x)` in an app without Drizzle', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': pkg({ '@forge/api': '^5.0.0' }),
      'src/store.js': 'export const index = { insert: (row) => ({ values: (v) => [row, v] }), select: () => ({ from: (list) => list }) };\nexport const rows = [];\n',
      'src/index.js': [
        "import { index, rows } from './store';",
        'export async function run(event) {',
        '  index.insert(rows).values({ who: event.context.accountId });',
        '  return index.select().from(rows);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), []);
  });

  it('reports nothing for calls on an object of the app whose argument is no declared table, in an app with Drizzle', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': pkg({ 'drizzle-orm': '^0.45.0', 'forge-sql-orm': '^2.1.0' }),
      'src/list.js': 'export const queue = { insert: (job) => ({ values: (v) => [job, v] }), delete: (job) => job };\nexport const job = { name: "sync" };\n',
      'src/index.js': [
        "import { queue, job } from './list';",
        'export async function run(event) {',
        '  queue.insert(job).values({ who: event.context.accountId });',
        '  queue.delete(job);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), []);
  });
});

describe('Knex queries', () => {
  const descriptor = JSON.stringify({ key: 'app', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
  it('reports the query on the table it starts from, on a client made here or imported from another module', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ knex: '^3.0.0', pg: '^8.0.0' }),
      'src/db.js': "import knex from 'knex';\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n",
      'src/tenants.js': [
        "const knex = require('knex')({ client: 'pg' });",
        'export async function installed(body) {',
        '  await knex(\'tenants\').insert({ clientKey: body.clientKey, sharedSecret: body.sharedSecret });',
        "  await knex('tenants').where({ clientKey: body.clientKey }).update({ baseUrl: body.baseUrl });",
        "  await knex('tenants').where({ clientKey: body.clientKey }).del();",
        "  return knex('tenants').select('baseUrl').first();",
        '}',
      ].join('\n'),
      'src/issues.js': [
        "import { db } from './db';",
        'export async function remember(accountId, summary) {',
        "  await db('seen_issues').insert({ accountId, summary });",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write seen_issues knex.insert [account-id] src/issues.js:3',
      'external-db write tenants knex.insert [secret] src/tenants.js:3',
      'external-db write tenants knex.update [other] src/tenants.js:4',
      'external-db delete tenants knex.del [] src/tenants.js:5',
      'external-db read tenants knex.select [] src/tenants.js:6',
    ]);
  });

  it('reports nothing for a function of the app called with a name, also in an app with Knex', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ express: '^4.0.0', knex: '^3.0.0' }),
      'src/list.js': 'export const list = (name) => ({ insert: (row) => [name, row], del: () => name });\n',
      'src/index.js': "import { list } from './list';\nexport function add(accountId) {\n  list('recent').insert({ accountId });\n  list('recent').del();\n}\n",
    });
    assert.deepEqual(ops(facts), []);
  });
});
