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
  return facts.uninstall.map((u) => (u.deletes ?? []).map((d) => `${d.key} ${d.evidence.file}:${d.evidence.line}`));
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
    assert.deepEqual(deletes, [['comments lib/db.js:4', 'notes routes/index.js:8']]);
  });

  it('a handler function named in the route, deleting with knex', async () => {
    const deletes = await uninstallOf({ knex: '^3.1.0', pg: '^8.11.0' }, {
      'lib/tenants.js': "import knex from 'knex';\nconst db = knex({ client: 'pg' });\nexport async function saveNote(clientKey, body) {\n  await db('notes').insert({ client_key: clientKey, body });\n}\nexport async function onUninstalled(req, res) {\n  await db('notes').where({ client_key: req.body.clientKey }).del();\n  res.sendStatus(204);\n}\n",
    }, 'await db0.saveNote(req.context.clientKey, req.body.text);', [
      "  app.post('/uninstalled', addon.authenticateInstall(), db0.onUninstalled);",
    ]);
    assert.deepEqual(deletes, [['notes lib/tenants.js:7']]);
  });

  it('Sequelize\'s destroy and Prisma\'s deleteMany', async () => {
    const deletes = await uninstallOf({ sequelize: '^6.37.0', '@prisma/client': '^5.14.0' }, {
      'lib/models.js': "import { Sequelize, DataTypes } from 'sequelize';\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nexport const Note = sequelize.define('notes', { clientKey: DataTypes.STRING, body: DataTypes.TEXT });\n",
    }, 'await db0.Note.create({ clientKey: req.context.clientKey, body: req.body.text });', [
      "  app.post('/uninstalled', addon.authenticateInstall(), async (req, res) => {",
      '    await db0.Note.destroy({ where: { clientKey: req.body.clientKey } });',
      '    await prisma.comment.deleteMany({ where: { clientKey: req.body.clientKey } });',
      '    res.sendStatus(204);',
      '  });',
    ], ["import { PrismaClient } from '@prisma/client';", 'const prisma = new PrismaClient();']);
    assert.deepEqual(deletes, [['notes routes/index.js:10', 'comment routes/index.js:11']]);
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
