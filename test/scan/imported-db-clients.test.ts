import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const ops = (facts: Facts) => facts.storage.map((s) => `${s.backend} ${s.op} ${s.key} ${s.api} [${s.carries.join(',')}] ${s.evidence.file}:${s.evidence.line}`);
const descriptor = JSON.stringify({ key: 'app', name: 'App', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} });
const pkg = (deps: Record<string, string>): string => JSON.stringify({ name: 'app', dependencies: deps });

describe('database clients made in another module of the app', () => {
  it('reads Prisma queries through a client another module makes, and no other object of the app', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@prisma/client': '^5.10.0' }),
      'src/lib/prisma.ts': [
        "import { PrismaClient } from '@prisma/client';",
        'const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };',
        'export const prisma = globalForPrisma.prisma ?? new PrismaClient();',
        'export default prisma;',
      ].join('\n'),
      'src/lib/api.ts': "export default { user: { create: (v: unknown) => v } };\n",
      'src/users.ts': [
        "import { prisma } from './lib/prisma';",
        "import db from './lib/prisma';",
        "import api from './lib/api';",
        'export async function save(body: { email: string; accountId: string }) {',
        '  await prisma.user.create({ data: { email: body.email, accountId: body.accountId } });',
        '  await db.installation.deleteMany({ where: { clientKey: body.accountId } });',
        '  api.user.create({ email: body.email });',
        '  return db.user.findMany();',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write user prisma.create [account-id,email] src/users.ts:5',
      'external-db delete installation prisma.deleteMany [] src/users.ts:6',
      'external-db read user prisma.findMany [] src/users.ts:8',
    ]);
  });

  it('reads Prisma queries through a client another module keeps on the global object (`globalThis.prisma = new PrismaClient()`)', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@prisma/client': '^5.10.0' }),
      'lib/db.js': [
        "import { PrismaClient } from '@prisma/client';",
        'if (!globalThis.prisma) {',
        '  globalThis.prisma = new PrismaClient();',
        '}',
        'const db = globalThis.prisma;',
        'export default db;',
      ].join('\n'),
      'lib/prisma.ts': [
        "import { PrismaClient } from '@prisma/client';",
        'const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };',
        'export const prisma = globalForPrisma.prisma ?? (globalForPrisma.prisma = new PrismaClient());',
      ].join('\n'),
      'lib/client.js': "import { PrismaClient } from '@prisma/client';\nif (!global.client) global.client = new PrismaClient();\nexport default global.client;\n",
      'lib/other.js': 'const g = globalThis;\ng.cache = new Map();\nexport default g.cache;\n',
      'app/api/notes/route.ts': [
        "import db from '../../../lib/db';",
        "import { prisma } from '../../../lib/prisma';",
        "import client from '../../../lib/client';",
        "import other from '../../../lib/other';",
        'export async function POST(req: Request) {',
        '  const body = await req.json();',
        '  await db.note.create({ data: { authorEmail: body.email } });',
        '  await prisma.audit.deleteMany({ where: { accountId: body.accountId } });',
        '  await client.session.findMany();',
        '  other.entry.create({ email: body.email });',
        '  return Response.json({});',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write note prisma.create [email] app/api/notes/route.ts:7',
      'external-db delete audit prisma.deleteMany [] app/api/notes/route.ts:8',
      'external-db read session prisma.findMany [] app/api/notes/route.ts:9',
    ]);
  });

  it('reads SQL through a pg pool another module exports as its default, and SQLite statements', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ pg: '^8.11.0', 'better-sqlite3': '^11.0.0', sqlite3: '^5.1.7' }),
      'src/db.js': "const { Pool } = require('pg');\nmodule.exports = new Pool({ connectionString: process.env.DATABASE_URL });\n",
      'src/sqlite.js': "import Database from 'better-sqlite3';\nexport const db = new Database('app.db');\nexport default db;\n",
      'src/tokens.js': [
        "const pool = require('./db');",
        'async function saveToken(clientKey, accessToken) {',
        "  await pool.query('INSERT INTO tokens (client_key, token) VALUES ($1, $2)', [clientKey, accessToken]);",
        '}',
        'module.exports = { saveToken };',
      ].join('\n'),
      'src/notes.js': [
        "import { db } from './sqlite';",
        "import sqlite3 from 'sqlite3';",
        "const legacy = new sqlite3.Database('legacy.db');",
        'export function saveNote(accountId, body) {',
        "  db.prepare('INSERT INTO notes (account_id, body) VALUES (?, ?)').run(accountId, body);",
        "  const insert = db.prepare('INSERT INTO drafts (account_id, body) VALUES (?, ?)');",
        '  insert.run(accountId, body);',
        "  legacy.run('INSERT INTO visits (account_id, page) VALUES (?, ?)', [accountId, 'notes']);",
        "  return db.prepare('SELECT * FROM notes WHERE account_id = ?').all(accountId);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write notes db.prepare.run [account-id] src/notes.js:5',
      'external-db write drafts db.prepare.run [account-id] src/notes.js:7',
      'external-db write visits Database.new.run [account-id] src/notes.js:8',
      'external-db read notes db.prepare.all [] src/notes.js:9',
      'external-db write tokens pool.query [secret] src/tokens.js:3',
    ]);
  });

  it("reads SQL through the query helper node-postgres suggests, required whole, imported as a namespace or by name, and not in an app with no SQL client", async () => {
    const files = (deps: Record<string, string>) => ({
      'atlassian-connect.json': descriptor,
      'package.json': pkg(deps),
      'src/db.js': "const { Pool } = require('pg');\nconst pool = new Pool();\nmodule.exports = { query: (text, params) => pool.query(text, params) };\n",
      'src/app.js': [
        "const db = require('./db');",
        'module.exports = async function save(accountId, email) {',
        "  await db.query('INSERT INTO users (account_id, email) VALUES ($1, $2)', [accountId, email]);",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(ops((await scanFiles(files({ pg: '^8.11.0' }))).facts), ['external-db write users db.query [account-id,email] src/app.js:3']);
    assert.deepEqual(ops((await scanFiles(files({ express: '^4.19.0' }))).facts), []);
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ pg: '^8.11.0' }),
      'src/db/index.js': "import pg from 'pg';\nconst pool = new pg.Pool();\nexport const query = (text, params) => pool.query(text, params);\n",
      'src/routes.js': [
        "import * as db from './db/index.js';",
        "import { query } from './db/index.js';",
        "import { format } from './format.js';",
        'export async function remove(req) {',
        "  await db.query('DELETE FROM users WHERE account_id = $1', [req.params.accountId]);",
        "  await query('INSERT INTO audit (account_id, email) VALUES ($1, $2)', [req.params.accountId, req.body.email]);",
        "  return format('SELECT the columns FROM the report');",
        '}',
      ].join('\n'),
      'src/format.js': 'export const format = (text) => text.trim();\n',
    });
    assert.deepEqual(ops(facts), ['external-db delete users db.query [] src/routes.js:5', 'external-db write audit query [account-id,email] src/routes.js:6']);
  });

  it('reads queries through a client a function of another module returns, made there or kept in a module variable, and no other object', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@prisma/client': '^5.10.0', knex: '^3.1.0' }),
      'src/db.js': [
        "import { PrismaClient } from '@prisma/client';",
        'let prisma;',
        'export function getDb() {',
        '  if (!prisma) prisma = new PrismaClient();',
        '  return prisma;',
        '}',
        'export default () => new PrismaClient();',
      ].join('\n'),
      'src/knex.js': "import knex from 'knex';\nexport const getKnex = () => knex({ client: 'pg' });\n",
      'src/api.js': 'export function getApi() {\n  return { user: { create: (v) => v } };\n}\n',
      'src/users.js': [
        "import makeDb, { getDb } from './db';",
        "import { getKnex } from './knex';",
        "import { getApi } from './api';",
        'export async function save(accountId, email) {',
        '  await getDb().user.create({ data: { accountId } });',
        '  const db = makeDb();',
        '  await db.note.update({ where: { id: 1 }, data: { email } });',
        "  await getKnex()('visits').insert({ accountId });",
        '  getApi().user.create({ email });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write user prisma.create [account-id] src/users.js:5',
      'external-db write note prisma.update [email] src/users.js:7',
      'external-db write visits knex.insert [account-id] src/users.js:8',
    ]);
  });

  it('follows a factory to the client it hands on: one another module makes, or one a function of the module builds', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@prisma/client': '^5.10.0' }),
      'src/prisma-local.js': "import { PrismaClient } from '@prisma/client';\nexport default new PrismaClient();\n",
      'src/prisma.js': "import prismaLocal from './prisma-local.js';\nexport const getPrismaClient = () => prismaLocal;\n",
      'src/client.js': [
        "import { PrismaClient } from '@prisma/client';",
        'const prismaClientSingleton = () => new PrismaClient();',
        'export const getClient = () => prismaClientSingleton();',
        'export const prismaSelf = getClient();',
      ].join('\n'),
      'src/base.js': "export const BASE = 'https://api.example.com';\nexport const settings = { theme: 'dark' };\n",
      'src/other.js': "import { BASE, settings } from './base.js';\nexport const base = () => BASE;\nexport const getSettings = () => settings;\n",
      'src/app.js': [
        "import { getPrismaClient } from './prisma';",
        "import { prismaSelf, getClient } from './client';",
        "import { getSettings } from './other.js';",
        'export async function save(accountId, email) {',
        '  await getPrismaClient().user.create({ data: { accountId } });',
        '  await prismaSelf.note.create({ data: { email } });',
        '  await getClient().visit.create({ data: { accountId } });',
        '  getSettings().user.create({ email });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write user prisma.create [account-id] src/app.js:5',
      'external-db write note prisma.create [email] src/app.js:6',
      'external-db write visit prisma.create [account-id] src/app.js:7',
    ]);
  });

  it('reads Supabase queries through a client another module makes, also where it is made only when configured, and no other object', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ '@supabase/supabase-js': '^2.45.0', express: '^4.21.0' }),
      'lib/supabase.js': [
        "const { createClient } = require('@supabase/supabase-js');",
        'const url = process.env.SUPABASE_URL;',
        'const admin = url ? createClient(url, process.env.SUPABASE_SERVICE_KEY) : null;',
        'module.exports = { admin };',
      ].join('\n'),
      'lib/browser.ts': "import { createBrowserClient } from '@supabase/ssr';\nexport const getClient = () => createBrowserClient('https://x.supabase.co', 'anon');\nexport default createBrowserClient('https://x.supabase.co', 'anon');\n",
      'lib/cache.js': "module.exports = { store: { from: () => ({ insert: (v) => v }) } };\n",
      'lib/install.js': [
        "const { admin } = require('./supabase');",
        "const { store } = require('./cache');",
        "exports.save = async (req) => {",
        "  await admin.from('installations').upsert({ client_key: req.body.clientKey, shared_secret: req.body.sharedSecret }).select();",
        "  await admin.from('installations').select('*').eq('client_key', req.body.clientKey).single();",
        "  await admin.from('installations').delete().eq('client_key', req.body.clientKey);",
        "  store.from('installations').insert(req.body);",
        '};',
      ].join('\n'),
      'lib/notes.ts': [
        "import db, { getClient } from './browser';",
        'export async function note(body: { accountId: string }) {',
        "  await db.from('notes').insert({ account_id: body.accountId });",
        "  return getClient().from('notes').select('id');",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write installations supabase.from.upsert [secret] lib/install.js:4',
      'external-db read installations supabase.from.select [] lib/install.js:5',
      'external-db delete installations supabase.from.delete [] lib/install.js:6',
      'external-db write notes supabase.from.insert [account-id] lib/notes.ts:3',
      'external-db read notes supabase.from.select [] lib/notes.ts:4',
    ]);
  });

  it('reads MongoDB queries where the file imports no driver: on a database or client another module makes, or a collection typed with the driver\'s type; not on another store\'s collections', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ mongodb: '^6.8.0', lokijs: '^1.5.12' }),
      'src/db.ts': [
        "import { MongoClient } from 'mongodb';",
        'const client = new MongoClient(process.env.MONGODB_URI ?? "");',
        "export const db = client.db('tracker');",
        'export async function getDb() {',
        '  await client.connect();',
        "  return client.db('tracker');",
        '}',
        'export default client.connect();',
      ].join('\n'),
      'src/memory.ts': "import Loki from 'lokijs';\nexport const local = new Loki('cache.db');\n",
      'src/accounts.ts': [
        "import { db, getDb } from './db';",
        "import clientPromise from './db';",
        "import { local } from './memory';",
        "const accounts = db.collection('accounts');",
        'export async function account(accountId: string) {',
        '  return accounts.findOne({ accountId });',                                                          // 6
        '}',
        'export async function tokens(accountId: string) {',
        "  return (await getDb()).collection('tokens').find({ accountId }).toArray();",                      // 9
        '}',
        'export async function audit(accountId: string) {',
        "  return (await clientPromise).db('tracker').collection('audit').findOne({ accountId });",          // 12
        '}',
        'export function cached(accountId: string) {',
        "  return local.getCollection('users').findOne({ accountId });",
        '}',
      ].join('\n'),
      'src/sessions.ts': [
        "import type { Collection } from 'mongodb';",
        'interface Session { accountId: string }',
        'export async function sessionOf(sessions: Collection<Session>, accountId: string) {',
        '  return sessions.findOne({ accountId });',                                                        // 4
        '}',
        'export function labelOf(labels: Map<string, string>, key: string) {',
        '  return labels.get(key);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db read accounts mongodb.findOne [] src/accounts.ts:6',
      'external-db read tokens mongodb.find [] src/accounts.ts:9',
      'external-db read audit mongodb.findOne [] src/accounts.ts:12',
      'external-db read null mongodb.findOne [] src/sessions.ts:4',
    ]);
  });

  it('reads MongoDB queries on the collection another module\'s function returns (`tenants(db).updateOne(...)`), named by it; not on what a function of a module without the driver returns', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ mongodb: '^6.8.0' }),
      'src/db.js': [
        "import { MongoClient } from 'mongodb';",
        'export async function connect(uri) {',
        '  const client = new MongoClient(uri);',
        '  await client.connect();',
        "  return client.db('app');",
        '}',
        "export function tenants(db) { return db.collection('tenants'); }",
        "export const usage = (db) => db.collection('usage');",
      ].join('\n'),
      'src/cache.js': "export function tenants(store) { return store.collection('tenants'); }\n",
      'src/routes.js': [
        "import { tenants, usage } from './db.js';",
        "import { tenants as cached } from './cache.js';",
        'export async function installed(db, body) {',
        '  await tenants(db).updateOne({ clientKey: body.clientKey }, { $set: { sharedSecret: body.sharedSecret } }, { upsert: true });', // 4
        '  await usage(db).insertOne({ accountId: body.accountId });',                                                                  // 5
        '  await cached(db).updateOne({ clientKey: body.clientKey }, { $set: { sharedSecret: body.sharedSecret } });',
        '  return tenants(db).findOne({ clientKey: body.clientKey });',                                                                 // 7
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db write tenants mongodb.updateOne [secret] src/routes.js:4',
      'external-db write usage mongodb.insertOne [account-id] src/routes.js:5',
      'external-db read tenants mongodb.findOne [] src/routes.js:7',
    ]);
  });

  it('reads MongoDB queries on the collections of Mongoose\'s connection, here or exported by another module', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg({ mongoose: '^8.5.0' }),
      'src/connection.ts': "import mongoose from 'mongoose';\nexport const conn = mongoose.connection;\nexport const other = mongoose.Schema;\n",
      'src/events.ts': [
        "import mongoose from 'mongoose';",
        "import { conn, other } from './connection';",
        'export async function recent(accountId: string) {',
        "  const events = await mongoose.connection.db.collection('events').find({ accountId }).toArray();",  // 4
        "  const prefs = await conn.collection('prefs').findOne({ accountId });",                            // 5
        "  other.collection('labels').findOne({ accountId });",
        '  return { events, prefs };',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(ops(facts), [
      'external-db read events mongodb.find [] src/events.ts:4',
      'external-db read prefs mongodb.findOne [] src/events.ts:5',
    ]);
  });
});
