import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'knex-app', baseUrl: 'https://knex.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
});
const packageJson = JSON.stringify({ dependencies: { express: '^4.0.0', knex: '^3.1.0', pg: '^8.0.0' } });

const db = (cutoff: string): string => [
  "const knex = require('knex');",
  "const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });",
  'async function record(row) {',
  "  await db('escalations').insert(row);",
  '}',
  'async function prune() {',
  `  return db('escalations').where('created_at', '<', ${cutoff}).del();`,
  '}',
  'module.exports = { record, prune };',
].join('\n');

const app = [
  "const express = require('express');",
  "const { record, prune } = require('./db');",
  'const app = express();',
  "app.post('/escalate', async (req, res) => { await record({ summary: req.body.summary }); res.end(); });",
  'setInterval(prune, 3600000);',
  'app.listen(3000);',
].join('\n');

const ages = async (cutoff: string) => {
  const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': packageJson, 'db.js': db(cutoff), 'app.js': app });
  return facts.storage.filter((s) => s.op === 'delete').map((s) => [s.evidence.line, s.olderThan ?? null]);
};

describe('a knex delete by age', () => {
  it('reads the age of a raw SQL cutoff: `db.raw("now() - interval \'180 days\'")`', async () => {
    assert.deepEqual(await ages(`db.raw("now() - interval '180 days'")`), [[7, 180 * 86400]]);
  });

  it('and none from a raw SQL text that states no age', async () => {
    assert.deepEqual(await ages(`db.raw('?', [process.env.CUTOFF])`), [[7, null]]);
  });
});
