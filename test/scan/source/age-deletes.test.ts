import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

const DAY = 86400;

/** The deletes a snippet's scan records, with the age each removes records past. */
function ages(code: string, file = 'src/index.js'): Array<[string | null, number | undefined]> {
  return analyze(code, file, ['src/index.js#run']).storage.filter((op) => op.op === 'delete').map((op) => [op.key, op.olderThan]);
}

describe('deletes by age in code', () => {
  it('reads a cut-off from a named constant, in an SQL parameter or in the text', () => {
    const code = [
      "import pg from 'pg';",
      'const pool = new pg.Pool();',
      'const RETENTION_DAYS = 30;',
      'const DAY_MS = 24 * 60 * 60 * 1000;',
      'export async function run() {',
      '  const cutoff = new Date(Date.now() - RETENTION_DAYS * DAY_MS);',
      "  await pool.query('DELETE FROM exports WHERE created_at < $1', [cutoff]);",
      "  await pool.query('DELETE FROM drafts WHERE saved_at < now() - make_interval(days => $1)', [RETENTION_DAYS]);",
      "  await pool.query(`DELETE FROM links WHERE made_at < now() - interval '${RETENTION_DAYS} days'`);",
      "  await pool.query('DELETE FROM notes WHERE created_at > $1', [cutoff]);",
      "  await pool.query('DELETE FROM pins WHERE id = $1', [RETENTION_DAYS]);",
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['exports', 30 * DAY], ['drafts', 30 * DAY], ['links', 30 * DAY], ['notes', undefined], ['pins', undefined]]);
  });

  it("reads a prepared statement's parameters", () => {
    const code = [
      "import Database from 'better-sqlite3';",
      "const db = new Database('app.db');",
      'export function run() {',
      '  const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString();',
      "  db.prepare('DELETE FROM learnings WHERE topic = ? AND created_at < ?').run('session', weekAgo);",
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['learnings', 7 * DAY]]);
  });

  it('reads the parameters bound to a Forge SQL statement', () => {
    const code = [
      "import { sql } from '@forge/sql';",
      'const KEEP_DAYS = 90;',
      'export async function run() {',
      "  await sql.prepare('DELETE FROM worklogs WHERE logged_at < DATE_SUB(NOW(), INTERVAL ? DAY)').bindParams(KEEP_DAYS).execute();",
      "  await sql.prepare('DELETE FROM drafts WHERE id = ?').bindParams(KEEP_DAYS).execute();",
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['worklogs', 90 * DAY], ['drafts', undefined]]);
    // A Cloudflare D1 statement's `bind(…)`.
    const d1 = [
      'export default {',
      '  async scheduled(event, env) {',
      '    const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString();',
      "    await env.DB.prepare('DELETE FROM learnings WHERE created_at < ?').bind(weekAgo).run();",
      '  },',
      '};',
    ].join('\n');
    assert.deepEqual(ages(d1), [['learnings', 7 * DAY]]);
  });

  it('reads the filters of Prisma, Sequelize, TypeORM, knex, Drizzle and MongoDB', () => {
    const prisma = [
      "import { PrismaClient } from '@prisma/client';",
      'const prisma = new PrismaClient();',
      'const RETENTION_MS = 14 * 86400000;',
      'export async function run() {',
      '  await prisma.snapshot.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - RETENTION_MS) } } });',
      '  await prisma.session.deleteMany({ where: { createdAt: { gt: new Date(Date.now() - RETENTION_MS) } } });',
      '}',
    ].join('\n');
    assert.deepEqual(ages(prisma), [['snapshot', 14 * DAY], ['session', undefined]]);
    const mongo = [
      "import { MongoClient } from 'mongodb';",
      "import { subDays } from 'date-fns';",
      "const db = new MongoClient('mongodb://localhost').db('app');",
      'export async function run() {',
      "  await db.collection('events').deleteMany({ createdAt: { $lt: subDays(new Date(), 7) } });",
      '}',
    ].join('\n');
    assert.deepEqual(ages(mongo), [['events', 7 * DAY]]);
    const knex = [
      "import knexFactory from 'knex';",
      "import dayjs from 'dayjs';",
      "const knex = knexFactory({ client: 'pg' });",
      'export async function run() {',
      "  const cutoff = dayjs().subtract(90, 'day').toDate();",
      "  await knex('audit_rows').where('created_at', '<', cutoff).del();",
      "  await knex('audit_rows').where('created_at', '>', cutoff).del();",
      '}',
    ].join('\n');
    assert.deepEqual(ages(knex), [['audit_rows', 90 * DAY], ['audit_rows', undefined]]);
    const drizzle = [
      "import { drizzle } from 'drizzle-orm/node-postgres';",
      "import { and, eq, lt } from 'drizzle-orm';",
      "import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';",
      "const notes = pgTable('notes', { id: text('id'), site: text('site'), createdAt: timestamp('created_at') });",
      'const db = drizzle(process.env.DATABASE_URL);',
      'export async function run(site) {',
      '  await db.delete(notes).where(and(eq(notes.site, site), lt(notes.createdAt, new Date(Date.now() - 2 * 3600 * 1000))));',
      '}',
    ].join('\n');
    assert.deepEqual(ages(drizzle), [['notes', 2 * 3600]]);
  });

  it('reads Sequelize operators and TypeORM finders', () => {
    const sequelize = [
      "import { Model, Op, DataTypes } from 'sequelize';",
      'class Digest extends Model {}',
      "Digest.init({ body: DataTypes.TEXT }, { sequelize, tableName: 'digests' });",
      'export async function run() {',
      '  await Digest.destroy({ where: { createdAt: { [Op.lt]: new Date(new Date().getTime() - 30 * 24 * 3600 * 1000) } } });',
      '}',
    ].join('\n');
    assert.deepEqual(ages(sequelize), [['digests', 30 * DAY]]);
    const typeorm = [
      "import { Injectable } from '@nestjs/common';",
      "import { InjectRepository } from '@nestjs/typeorm';",
      "import { LessThan, Repository } from 'typeorm';",
      "import { DateTime } from 'luxon';",
      "import { Report } from './report.entity';",
      '@Injectable()',
      'export class CleanupService {',
      '  constructor(@InjectRepository(Report) private readonly reports: Repository<Report>) {}',
      '  async run() {',
      '    await this.reports.delete({ createdAt: LessThan(DateTime.now().minus({ weeks: 2 }).toJSDate()) });',
      '  }',
      '}',
    ].join('\n');
    assert.deepEqual(ages(typeorm, 'src/cleanup.service.ts').map(([, age]) => age), [14 * DAY]);
  });

  it("reads a cut-off made now and moved back by a Date's setter", () => {
    const code = [
      "import { MongoClient } from 'mongodb';",
      "const db = new MongoClient('mongodb://localhost').db('app');",
      'const KEEP_DAYS = 30;',
      'export async function run() {',
      '  const cutoff = new Date();',
      '  cutoff.setDate(cutoff.getDate() - KEEP_DAYS);',
      "  await db.collection('events').deleteMany({ createdAt: { $lt: cutoff } });",
      '  const hourAgo = new Date();',
      '  hourAgo.setHours(hourAgo.getHours() - 24);',
      "  await db.collection('pings').deleteMany({ at: { $lt: hourAgo } });",
      '  const monthsAgo = new Date();',
      '  monthsAgo.setMonth(monthsAgo.getMonth() - 6);',
      "  await db.collection('audits').deleteMany({ at: { $lt: monthsAgo.toISOString() } });",
      // Moved forward, or set from another date: no cut-off before now.
      '  const later = new Date();',
      '  later.setDate(later.getDate() + 30);',
      "  await db.collection('drafts').deleteMany({ at: { $lt: later } });",
      '  const other = new Date();',
      '  other.setDate(cutoff.getDate() - 1);',
      "  await db.collection('links').deleteMany({ at: { $lt: other } });",
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['events', 30 * DAY], ['pings', DAY], ['audits', 6 * 2678400], ['drafts', undefined], ['links', undefined]]);
  });

  it('reads a MongoDB TTL index as a delete of the documents older than its age', () => {
    const code = [
      "import { MongoClient } from 'mongodb';",
      'const KEEP_SECONDS = 7 * 24 * 3600;',
      "const db = new MongoClient('mongodb://localhost').db('app');",
      'export async function run() {',
      "  await db.collection('drafts').createIndex({ savedAt: 1 }, { expireAfterSeconds: KEEP_SECONDS });",
      "  await db.collection('links').createIndex({ expireAt: 1 }, { expireAfterSeconds: 0 });",
      "  await db.collection('notes').createIndex({ site: 1 });",
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['drafts', 7 * DAY]]);
  });

  it("reads a Mongoose schema's TTL index and a Date field's expires as a delete of the model's documents", () => {
    const code = [
      "import mongoose, { Schema } from 'mongoose';",
      'const noteSchema = new mongoose.Schema({ text: String, createdAt: { type: Date, default: Date.now } });',
      'noteSchema.index({ createdAt: 1 }, { expireAfterSeconds: 60 * 60 * 24 * 30 });',
      "export const Note = mongoose.model('Note', noteSchema);",
      "const sessionSchema = new Schema({ token: String, seenAt: { type: Date, expires: '12h' }, code: { type: String, expires: '1d' } });",
      "export const Session = mongoose.models.Session || mongoose.model('Session', sessionSchema, 'sessions');",
      'const pinSchema = new Schema({ madeAt: { type: Date, expires: 3600 } });',
      "export const Pin = mongoose.model('Pin', pinSchema);",
      'const userSchema = new Schema({ name: String });',
      'userSchema.index({ name: 1 }, { unique: true });',
      "export const User = mongoose.model('User', userSchema);",
    ].join('\n');
    assert.deepEqual(ages(code), [['Note', 30 * DAY], ['sessions', 12 * 3600], ['Pin', 3600]]);
  });

  it('reads no TTL index in a module without Mongoose', () => {
    const code = [
      "import { Schema, model } from './orm';",
      'const noteSchema = new Schema({ createdAt: { type: Date, expires: 60 } });',
      'noteSchema.index({ createdAt: 1 }, { expireAfterSeconds: 60 });',
      "export const Note = model('Note', noteSchema);",
    ].join('\n');
    assert.deepEqual(ages(code), []);
  });

  it('reads no age from a time that is not before now, or a count it cannot tell', () => {
    const code = [
      "import { PrismaClient } from '@prisma/client';",
      'const prisma = new PrismaClient();',
      'export async function run(req) {',
      '  await prisma.snapshot.deleteMany({ where: { createdAt: { lt: new Date(req.body.before) } } });',
      '  await prisma.draft.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - req.body.keepMs) } } });',
      '  await prisma.link.deleteMany({ where: { expiresAt: { lt: new Date() } } });',
      // Records a while past their expiry are no records of that age.
      '  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 5 * 60 * 1000) } } });',
      '}',
    ].join('\n');
    assert.deepEqual(ages(code), [['snapshot', undefined], ['draft', undefined], ['link', undefined], ['invite', undefined]]);
  });
});
