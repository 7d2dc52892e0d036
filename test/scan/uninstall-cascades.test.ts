import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/data-deleted-on-uninstall.ts';
import { scanFiles } from '../helpers/temp-app.ts';
import { outcomeOf } from '../claims/claim-cases.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'notes', name: 'Notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed', uninstalled: '/uninstalled' },
});

/** An express app on pg that keeps a tenant's row and its notes and comments, deleting only the tenant's row on uninstall; `schema` the files that declare the tables. */
async function scanned(schema: Record<string, string>, dependencies: Record<string, string> = {}) {
  const { facts } = await scanFiles({
    'atlassian-connect.json': DESCRIPTOR,
    'package.json': JSON.stringify({ dependencies: { express: '^4.19.0', pg: '^8.11.0', ...dependencies } }),
    ...schema,
    'app.js': [
      "import express from 'express';",
      "import pg from 'pg';",
      'const pool = new pg.Pool();',
      'const app = express();',
      "app.post('/installed', async (req, res) => { await pool.query('INSERT INTO tenants (client_key, shared_secret) VALUES ($1, $2)', [req.body.clientKey, req.body.sharedSecret]); res.sendStatus(204); });",
      "app.post('/notes', async (req, res) => { await pool.query('INSERT INTO notes (tenant_id, body) VALUES ($1, $2)', [req.body.tenantId, req.body.text]); res.sendStatus(204); });",
      "app.post('/comments', async (req, res) => { await pool.query('INSERT INTO comments (note_id, body) VALUES ($1, $2)', [req.body.noteId, req.body.text]); res.sendStatus(204); });",
      "app.post('/uninstalled', async (req, res) => { await pool.query('DELETE FROM tenants WHERE client_key = $1', [req.body.clientKey]); res.sendStatus(204); });",
      'app.listen(3000);',
      '',
    ].join('\n'),
  });
  const verdict = outcomeOf(claim, { name: '', params: {}, facts, expect: { verdict: 'verified', messageId: '', at: [] } });
  return { deletes: facts.uninstall.flatMap((u) => (u.deletes ?? []).map((d) => `${d.key}${d.cascadeFrom ? ` <- ${d.cascadeFrom}` : ''} ${d.evidence.file}:${d.evidence.line}`)), verdict: [verdict.verdict, verdict.messageId] };
}

const SQL = [
  'CREATE TABLE IF NOT EXISTS tenants (id SERIAL PRIMARY KEY, client_key TEXT UNIQUE NOT NULL, shared_secret TEXT);',
  'CREATE TABLE notes (',
  '  id SERIAL PRIMARY KEY,',
  '  tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,',
  '  body TEXT',
  ');',
  'CREATE TABLE comments (id SERIAL PRIMARY KEY, note_id INTEGER, body TEXT);',
  'ALTER TABLE comments ADD CONSTRAINT comments_note FOREIGN KEY (note_id) REFERENCES "public"."notes" ("id") ON DELETE CASCADE;',
  '',
].join('\n');

describe('tables whose foreign keys cascade from the one an uninstall handler deletes', () => {
  it('SQL migrations: ON DELETE CASCADE in a table\'s definition and in an ALTER TABLE, followed through both', async () => {
    const { deletes, verdict } = await scanned({ 'migrations/001_init.sql': SQL });
    assert.deepEqual(deletes, ['tenants app.js:8', 'notes <- tenants migrations/001_init.sql:4', 'comments <- notes migrations/001_init.sql:8']);
    assert.deepEqual(verdict, ['verified', 'handlerDeletes']);
  });

  it('a key without ON DELETE CASCADE, or one that sets null, leaves its rows', async () => {
    const { deletes, verdict } = await scanned({ 'migrations/001_init.sql': SQL.replace(/ON DELETE CASCADE/g, 'ON DELETE SET NULL') });
    assert.deepEqual(deletes, ['tenants app.js:8']);
    assert.deepEqual(verdict, ['unverified', 'handlerPartly']);
  });

  it('Sequelize\'s and knex\'s migrations, and Prisma\'s onDelete: Cascade', async () => {
    const sequelize = [
      'module.exports = { async up(queryInterface, Sequelize) {',
      "  await queryInterface.createTable('notes', { id: { type: Sequelize.INTEGER, primaryKey: true }, tenant_id: { type: Sequelize.INTEGER, references: { model: 'tenants', key: 'id' }, onDelete: 'CASCADE' } });",
      "  await queryInterface.createTable('comments', { id: { type: Sequelize.INTEGER, primaryKey: true }, author_id: { type: Sequelize.INTEGER, references: { model: 'users', key: 'id' } }, note_id: { type: Sequelize.INTEGER, references: { model: 'notes', key: 'id' }, onDelete: 'CASCADE' } });",
      '} };',
      '',
    ].join('\n');
    assert.deepEqual((await scanned({ 'db/migrations/20240101-init.js': sequelize }, { sequelize: '^6.37.0' })).deletes,
      ['tenants app.js:8', 'notes <- tenants db/migrations/20240101-init.js:2', 'comments <- notes db/migrations/20240101-init.js:3']);
    const knex = "exports.up = (knex) => knex.schema.createTable('notes', (t) => {\n  t.increments('id');\n  t.integer('tenant_id').references('id').inTable('tenants').onDelete('CASCADE');\n});\n";
    assert.deepEqual((await scanned({ 'migrations/20240101_notes.js': knex }, { knex: '^3.1.0' })).deletes, ['tenants app.js:8', 'notes <- tenants migrations/20240101_notes.js:3']);
    const prisma = [
      'model Tenant {', '  id Int @id', '  notes Note[]', '  @@map("tenants")', '}',
      'model Note {', '  id Int @id', '  tenant Tenant @relation(fields: [tenantId], references: [id], onDelete: Cascade)', '  tenantId Int', '  @@map("notes")', '}', '',
    ].join('\n');
    assert.deepEqual((await scanned({ 'prisma/schema.prisma': prisma })).deletes, ['tenants app.js:8', 'notes <- tenants prisma/schema.prisma:8', 'note <- tenants prisma/schema.prisma:8']);
  });
});
