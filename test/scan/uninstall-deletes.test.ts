import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'notes', name: 'Notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed', uninstalled: '/uninstalled' },
});
const APP = ["import express from 'express';", "import ace from 'atlassian-connect-express';", "import routes from './routes';", 'const app = express();', 'const addon = ace(app);', 'routes(app, addon);', ''].join('\n');

/** An ACE app whose routes module writes notes and answers `uninstalled` with `handler`, the database modules given. */
async function uninstallOf(dependencies: Record<string, string>, db: Record<string, string>, write: string, handler: string[], imports: string[] = []) {
  const { facts } = await scanFiles({
    'atlassian-connect.json': DESCRIPTOR,
    'package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^8.0.0', express: '^4.19.0', ...dependencies } }),
    'app.js': APP,
    ...db,
    'routes/index.js': [
      ...Object.keys(db).map((file, i) => `import * as db${i} from '../${file.replace(/\.js$/, '')}';`),
      ...imports,
      'export default function routes(app, addon) {',
      "  app.post('/api/notes', addon.checkValidToken(), async (req, res) => {",
      `    ${write}`,
      '    res.sendStatus(204);',
      '  });',
      ...handler,
      '}',
      '',
    ].join('\n'),
  });
  return facts.uninstall.map((u) => (u.deletes ?? []).map((d) => `${d.key}${d.tenant ? ' (tenant)' : ''} ${d.evidence.file}:${d.evidence.line}`));
}

describe('what a Connect app\'s uninstalled route deletes', () => {
  it('SQL in the route\'s callback and in a helper it calls (pg)', async () => {
    const deletes = await uninstallOf({ pg: '^8.11.0' }, {
      'lib/db.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\nexport async function forgetTenant(clientKey) {\n  await pool.query('DELETE FROM comments WHERE client_key = $1', [clientKey]);\n}\n",
    }, "await db0.pool.query('INSERT INTO notes (client_key, body) VALUES ($1, $2)', [req.context.clientKey, req.body.text]);", [
      "  app.post('/uninstalled', addon.authenticateInstall(), async (req, res) => {",
      "    await db0.pool.query('DELETE FROM notes WHERE client_key = $1', [req.body.clientKey]);",
      '    await db0.forgetTenant(req.body.clientKey);',
      '    res.sendStatus(204);',
      '  });',
    ]);
    assert.deepEqual(deletes, [['comments (tenant) lib/db.js:4', 'notes (tenant) routes/index.js:8']]);
  });

  it('a handler function named in the route, deleting with knex', async () => {
    const deletes = await uninstallOf({ knex: '^3.1.0', pg: '^8.11.0' }, {
      'lib/tenants.js': "import knex from 'knex';\nconst db = knex({ client: 'pg' });\nexport async function saveNote(clientKey, body) {\n  await db('notes').insert({ client_key: clientKey, body });\n}\nexport async function onUninstalled(req, res) {\n  await db('notes').where({ client_key: req.body.clientKey }).del();\n  res.sendStatus(204);\n}\n",
    }, 'await db0.saveNote(req.context.clientKey, req.body.text);', [
      "  app.post('/uninstalled', addon.authenticateInstall(), db0.onUninstalled);",
    ]);
    assert.deepEqual(deletes, [['notes (tenant) lib/tenants.js:7']]);
  });

  it('a delete by another key of a client whose settings name a tenant schema: the client\'s settings pick no rows', async () => {
    const deletes = await uninstallOf({ knex: '^3.1.0', pg: '^8.11.0' }, {
      'lib/tenants.js': "import knex from 'knex';\nconst db = knex({ client: 'pg', searchPath: ['tenant', 'public'] });\nexport async function saveNote(clientKey, body) {\n  await db('notes').insert({ client_key: clientKey, body });\n}\nexport async function onUninstalled(req, res) {\n  await db('sessions').where({ id: req.body.sessionId }).del();\n  res.sendStatus(204);\n}\n",
    }, 'await db0.saveNote(req.context.clientKey, req.body.text);', [
      "  app.post('/uninstalled', addon.authenticateInstall(), db0.onUninstalled);",
    ]);
    assert.deepEqual(deletes, [['sessions lib/tenants.js:7']]);
  });

  it('Sequelize\'s destroy and Prisma\'s deleteMany, by the client key or the id of the tenant\'s row found by it', async () => {
    const deletes = await uninstallOf({ sequelize: '^6.37.0', '@prisma/client': '^5.14.0' }, {
      'lib/models.js': "import { Sequelize, DataTypes } from 'sequelize';\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nexport const Note = sequelize.define('notes', { clientKey: DataTypes.STRING, body: DataTypes.TEXT });\nexport const Tenant = sequelize.define('tenants', { clientKey: DataTypes.STRING });\n",
    }, 'await db0.Note.create({ clientKey: req.context.clientKey, body: req.body.text });', [
      "  app.post('/uninstalled', addon.authenticateInstall(), async (req, res) => {",
      '    await db0.Note.destroy({ where: { clientKey: req.body.clientKey } });',
      '    await prisma.comment.deleteMany({ where: { clientKey: req.body.clientKey } });',
      '    const tenant = await db0.Tenant.findOne({ where: { clientKey: req.body.clientKey } });',
      '    await db0.Tenant.destroy({ where: { id: tenant.id } });',
      '    await db0.Note.destroy({ where: { id: req.body.noteId } });',
      '    res.sendStatus(204);',
      '  });',
    ], ["import { PrismaClient } from '@prisma/client';", 'const prisma = new PrismaClient();']);
    assert.deepEqual(deletes, [['notes (tenant) routes/index.js:10', 'comment (tenant) routes/index.js:11', 'tenants (tenant) routes/index.js:13', 'notes routes/index.js:14']]);
  });

  it('only a delete whose filter names the installation\'s key removes the tenant\'s data: not a session by its id, nor a cache entry by another key', async () => {
    const deletes = await uninstallOf({ pg: '^8.11.0', ioredis: '^5.4.0' }, {
      'lib/db.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\n",
    }, "await db0.pool.query('INSERT INTO notes (client_key, body) VALUES ($1, $2)', [req.context.clientKey, req.body.text]);", [
      "  app.post('/uninstalled', addon.authenticateInstall(), async (req, res) => {",
      "    await db0.pool.query('DELETE FROM sessions WHERE id = $1', [req.body.sessionId]);",
      '    await redis.del(`render:${req.body.eventType}`);',
      "    await db0.pool.query('DELETE FROM \"Notes\" WHERE \"clientKey\" = $1', [req.body.clientKey]);",
      '    await redis.del(`notes:${req.body.clientKey}`);',
      "    await addon.settings.del('clientInfo', req.body.clientKey);",
      '    res.sendStatus(204);',
      '  });',
    ], ["import Redis from 'ioredis';", 'const redis = new Redis();']);
    assert.deepEqual(deletes, [['sessions routes/index.js:10', 'render:{} routes/index.js:11', 'Notes (tenant) routes/index.js:12', 'notes:{} (tenant) routes/index.js:13', 'clientInfo (tenant) routes/index.js:14']]);
  });

  it('a filter chained after the delete (Drizzle\'s where, Supabase\'s eq), and MongoDB\'s deleteMany by the client key; not a table\'s declaration naming the column', async () => {
    const deletes = await uninstallOf({ 'drizzle-orm': '^0.36.0', '@supabase/supabase-js': '^2.45.0', mongodb: '^6.8.0' }, {
      'lib/schema.js': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const notes = pgTable('notes', { clientKey: text('client_key'), body: text('body') });\n",
    }, 'await db.insert(notes).values({ clientKey: req.context.clientKey, body: req.body.text });', [
      "  app.post('/uninstalled', addon.authenticateInstall(), async (req, res) => {",
      '    const { clientKey } = req.body;',
      '    await db.delete(notes).where(eq(notes.clientKey, clientKey));',
      "    await supabase.from('comments').delete().eq('client_key', clientKey);",
      "    await supabase.from('drafts').delete().eq('id', req.body.draftId);",
      "    await mongo.db().collection('votes').deleteMany({ clientKey });",
      // The table's declaration names the column; this delete picks a row by its id.
      '    await db.delete(exports).where(eq(exports.id, req.body.exportId));',
      '    res.sendStatus(204);',
      '  });',
    ], [
      "import { drizzle } from 'drizzle-orm/node-postgres';", "import { eq } from 'drizzle-orm';", "import { pgTable, text } from 'drizzle-orm/pg-core';",
      "import { createClient } from '@supabase/supabase-js';", "import { MongoClient } from 'mongodb';", "import { notes } from '../lib/schema';",
      "const exports = pgTable('exports', { id: text('id'), clientKey: text('client_key') });",
      'const db = drizzle(process.env.DATABASE_URL);', 'const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);', 'const mongo = new MongoClient(process.env.MONGO_URL);',
    ]);
    assert.deepEqual(deletes, [['notes (tenant) routes/index.js:19', 'comments (tenant) routes/index.js:20', 'drafts routes/index.js:21', 'votes (tenant) routes/index.js:22', 'exports routes/index.js:23']]);
  });

  it('a route of another path deletes nothing on uninstall', async () => {
    const deletes = await uninstallOf({ pg: '^8.11.0' }, { 'lib/db.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\n" },
      "await db0.pool.query('INSERT INTO notes (client_key, body) VALUES ($1, $2)', [req.context.clientKey, req.body.text]);", [
        "  app.post('/uninstalled', addon.authenticateInstall(), (req, res) => res.sendStatus(204));",
        "  app.post('/api/notes/clear', addon.checkValidToken(), async (req, res) => {",
        "    await db0.pool.query('DELETE FROM notes WHERE client_key = $1', [req.context.clientKey]);",
        '  });',
      ]);
    assert.deepEqual(deletes, [[]]);
  });
});

describe('what a Forge app\'s uninstall trigger deletes', () => {
  it('the delete operations of its function\'s handler and of the functions it calls', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:',
        '  trigger:',
        '    - key: cleanup',
        '      function: cleanup',
        '      events:',
        '        - avi:forge:uninstalled:app',
        '  function:',
        '    - key: main',
        '      handler: index.run',
        '    - key: cleanup',
        '      handler: index.onUninstall',
        'app:',
        '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
        '  runtime:',
        '    name: nodejs24.x',
        '',
      ].join('\n'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', pg: '^8.11.0' } }),
      'src/db.js': "import pg from 'pg';\nexport const pool = new pg.Pool();\nexport async function forgetSite(cloudId) {\n  await pool.query('DELETE FROM exports WHERE cloud_id = $1', [cloudId]);\n}\n",
      'src/index.js': [
        "import { pool, forgetSite } from './db';",
        'export async function run(event, context) {',
        "  await pool.query('INSERT INTO exports (cloud_id, summary) VALUES ($1, $2)', [context.cloudId, event.issue.fields.summary]);",
        '}',
        'export async function onUninstall(event, context) {',
        '  await forgetSite(context.cloudId);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.uninstall.map((u) => [u.function, (u.deletes ?? []).map((d) => `${d.key} ${d.evidence.file}:${d.evidence.line}`)]), [['cleanup', ['exports src/db.js:4']]]);
  });
});

describe('what a Forge uninstall trigger sent to a remote deletes', () => {
  it('the delete operations of the remote\'s route that answers its endpoint\'s path, and none of another route', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:',
        '  trigger:',
        '    - key: lifecycle',
        '      endpoint: lifecycle',
        '      events:',
        '        - avi:forge:installed:app',
        '        - avi:forge:uninstalled:app',
        '  endpoint:',
        '    - key: lifecycle',
        '      remote: backend',
        '      route:',
        '        path: /forge/lifecycle',
        'remotes:',
        '  - key: backend',
        '    baseUrl: https://api.example.com',
        'app:',
        '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
        '  runtime:',
        '    name: nodejs24.x',
        '',
      ].join('\n'),
      'package.json': JSON.stringify({ dependencies: { express: '^4.19.0', pg: '^8.11.0' } }),
      'server/index.js': [
        "const express = require('express');",
        "const { Pool } = require('pg');",
        'const pool = new Pool();',
        'const app = express();',
        'app.use(express.json());',
        "app.post('/forge/lifecycle', async (req, res) => {",
        "  if (req.body.eventType === 'avi:forge:uninstalled:app') await pool.query('DELETE FROM sites WHERE cloud_id = $1', [req.body.context.cloudId]);",
        '  res.sendStatus(204);',
        '});',
        "app.post('/forge/cleanup', async (req, res) => {",
        "  await pool.query('DELETE FROM drafts WHERE id = $1', [req.body.id]);",
        '  res.sendStatus(204);',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.uninstall.map((u) => (u.deletes ?? []).map((d) => `${d.key} ${d.evidence.file}:${d.evidence.line}`)), [['sites server/index.js:7']]);
  });
});
