import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

describe('a storage helper called with different data by different callers', () => {
  it('stores at each caller what that caller gives it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/store.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function saveJson(key, value) {',
        '  await kvs.set(key, { value, savedAt: Date.now() });',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { saveJson } from './store';",
        'export const run = async (event, context) => {',
        "  await saveJson('token', process.env.API_TOKEN);",
        '  await saveJson(`owner:${event.issue.key}`, context.accountId);',
        "  await saveJson('colour', 'blue');",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence), s.via && at(s.via)]), [
      ['token', ['secret'], 'src/index.js:3', 'src/store.js:3'],
      ['owner:{}', ['account-id'], 'src/index.js:4', 'src/store.js:3'],
      ['colour', ['other'], 'src/index.js:5', 'src/store.js:3'],
    ]);
  });

  it('carries what a caller builds its key from: a person\'s ID in the key names the person, an issue\'s key no one', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/store.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function remember(key, count) {',
        '  await kvs.set(key, count);',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { remember } from './store';",
        'export const run = async ({ payload }) => {',
        '  await remember(`seen:${payload.accountId}`, 1);',
        '  const accountId = payload.accountId;',
        '  await remember(`visits:${accountId}`, 2);',
        '  await remember(`issue:${payload.issue.key}`, 3);',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['seen:{}', ['account-id'], 'src/index.js:3'],
      ['visits:{}', ['account-id'], 'src/index.js:5'],
      ['issue:{}', ['other'], 'src/index.js:6'],
    ]);
  });

  it('stores at each caller of a SQL helper the values that caller binds, through a rest parameter', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': JSON.stringify({ dependencies: { '@forge/sql': '^3.0.0' } }),
      'src/db.js': [
        "import { sql } from '@forge/sql';",
        'export const exec = (statement, ...values) => sql.prepare(statement).bindParams(...values).execute();',
      ].join('\n'),
      'src/index.js': [
        "import { exec } from './db';",
        'export const run = async (event, context) => {',
        "  await exec('INSERT INTO visits (who, at) VALUES (?, ?)', context.accountId, Date.now());",
        "  await exec('INSERT INTO flags (name, value) VALUES (?, ?)', 'dark', 1);",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.carries, at(s.evidence)]), [
      ['write', 'visits', ['account-id'], 'src/index.js:3'],
      ['write', 'flags', ['other'], 'src/index.js:4'],
    ]);
  });

  it('stores a parameter whole with what the callers in another module give it, a user their own helper reads', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app', '    - read:jira-user'),
      'src/store.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function remember(user) {',
        '  await kvs.set(`u:${user.accountId}`, user);',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { remember } from './store';",
        'async function getUser(accountId) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${accountId}`);',
        '  return res.json();',
        '}',
        'export const run = async (event, context) => {',
        '  await remember(await getUser(context.accountId));',
        '};',
      ].join('\n'),
    });
    const [write] = facts.storage;
    assert.deepEqual([write?.key, at(write!.evidence)], ['u:{}', 'src/store.js:3']);
    for (const kind of ['account-id', 'display-name', 'email'] as const) assert.ok(write!.carries.includes(kind), kind);
  });
});

// node-postgres's helper (`export async function query(text, params) { return pool.query(text, params) }`) is called by
// the functions of its own module as by those of others: each call with a statement is the operation the statement says.
describe('a SQL helper called in the module that declares it', () => {
  it('runs each statement it is given there, with the values bound', async () => {
    const { facts } = await scanFiles({
      'package.json': JSON.stringify({ name: 'svc', dependencies: { express: '^4.21.0', pg: '^8.13.0' } }),
      'db.js': [
        "import pg from 'pg';",
        'const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });',
        'export async function query(text, params) {',
        '  const result = await pool.query(text, params);',
        '  return result.rows;',
        '}',
        'export async function recordAssignment({ issueKey, summary }) {',
        '  await query(',
        "    'INSERT INTO assignments (issue_key, request_summary) VALUES ($1, $2)',",
        '    [issueKey, summary],',
        '  );',
        '}',
        'export async function forget(days) {',
        "  return query('DELETE FROM assignments WHERE assigned_at < now() - $1::interval', [days]);",
        '}',
        '',
      ].join('\n'),
      'server.js': [
        "import express from 'express';",
        "import { recordAssignment, forget } from './db.js';",
        'const app = express();',
        "app.post('/hook', async (req, res) => { await recordAssignment({ issueKey: req.body.issue.key, summary: req.body.issue.fields.summary }); res.sendStatus(204); });",
        "app.post('/tidy', async (req, res) => { await forget('90 days'); res.sendStatus(204); });",
        'app.listen(8080);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((op) => [op.op, op.key, op.api, at(op.evidence)]), [
      ['write', 'assignments', 'query', 'db.js:8'],
      ['delete', 'assignments', 'query', 'db.js:14'],
    ]);
    assert.ok(facts.storage[0]!.carries.includes('resolver-payload'));
  });
});
