import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const descriptor = JSON.stringify({
  key: 'issue-journal', baseUrl: 'https://journal.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { webhooks: [
    { event: 'jira:issue_created', url: '/hooks/issue-created?key={issue.key}' },
    { event: 'comment_created', url: '/hooks/comment' },
  ] },
});

const app = [
  "const express = require('express');",
  "const { Pool } = require('pg');",
  'const pool = new Pool();',
  'const hooks = express.Router();',
  "hooks.post('/issue-created', (req, res) => {",
  "  console.log('created', req.body);",
  '  res.sendStatus(204);',
  '});',
  "hooks.post('/comment', async (req, res) => {",
  '  const { comment } = req.body;',
  "  await pool.query('INSERT INTO notes (text) VALUES ($1)', [comment.body]);",
  "  await pool.query('INSERT INTO actors (who) VALUES ($1)', [req.body.user]);",
  '  res.sendStatus(204);',
  '});',
  "hooks.post('/sync', (req, res) => {",
  "  console.log('sync', req.body);",
  '  res.sendStatus(204);',
  '});',
  'const app = express();',
  'app.use(express.json());',
  "app.use('/hooks', hooks);",
  'app.listen(3000);',
].join('\n');

describe('the routes that take a Connect app\'s webhooks', () => {
  it('are handed the product\'s content and the user who acted; a field, what it holds', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0', pg: '^8.0.0' } }),
      'server.js': app,
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), [...l.carries].sort()]), [
      ['server.js:6', ['account-id', 'product-content', 'resolver-payload']],
      // A route no webhook is posted to holds what any request does.
      ['server.js:16', ['resolver-payload']],
    ]);
    assert.deepEqual(facts.storage.map((s) => [at(s.evidence), [...s.carries].sort()]), [
      ['server.js:11', ['product-content', 'resolver-payload']],
      ['server.js:12', ['account-id', 'resolver-payload']],
    ]);
  });
});

describe('the query of a request a Connect webhook\'s route takes', () => {
  it('holds the context parameters its URL names: an ID or key is no End-User Data, the acting user\'s account ID is', async () => {
    const hooks = JSON.stringify({
      key: 'release-notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
      modules: { webhooks: [
        { event: 'jira:version_released', url: '/on-release?version={version.id}&project={project.key}' },
        { event: 'jira:issue_updated', url: '/on-update?who={modifiedUser.accountId}' },
      ] },
    });
    const server = [
      "const express = require('express');",
      'const app = express();',
      "app.post('/on-release', (req, res) => {",
      "  console.log('released', req.query.version, req.query.project);",
      "  console.log('body', req.body.changelog);",
      '  res.sendStatus(204);',
      '});',
      "app.post('/on-update', (req, res) => {",
      "  console.log('by', req.query.who);",
      '  res.sendStatus(204);',
      '});',
      "app.post('/import', (req, res) => {",
      "  console.log('import', req.query.source);",
      '  res.sendStatus(204);',
      '});',
      'app.listen(3000);',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': hooks,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }),
      'server.js': server,
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), [...l.carries].sort()]), [
      ['server.js:4', ['other']],
      ['server.js:5', ['product-content', 'resolver-payload']],
      ['server.js:9', ['account-id']],
      // A route no webhook is posted to: its query is what any caller sends.
      ['server.js:13', ['resolver-payload']],
    ]);
  });
});

describe('a route file that takes a Connect webhook', () => {
  it('is handed the product\'s content and the user who acted, as a route of a server is; a route file no webhook is posted to, what any request holds', async () => {
    const hooks = JSON.stringify({
      key: 'time-budgets', baseUrl: 'https://budgets.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
      lifecycle: { installed: '/api/installed' },
      modules: { webhooks: [{ event: 'worklog_updated', url: '/api/webhooks/worklog' }] },
    });
    const handler = (table: string) => [
      "import { PrismaClient } from '@prisma/client';",
      'const prisma = new PrismaClient();',
      'export default async function handle(req, res) {',
      '  const { worklog } = req.body;',
      `  await prisma.${table}.create({ data: { comment: worklog.comment, seconds: worklog.timeSpentSeconds } });`,
      '  res.status(204).end();',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': hooks,
      'package.json': JSON.stringify({ dependencies: { next: '14.2.13', '@prisma/client': '^5.19.1' } }),
      'pages/api/webhooks/worklog.ts': handler('worklog'),
      'pages/api/notes.ts': handler('note'),
    });
    assert.deepEqual(facts.storage.map((s) => [at(s.evidence), [...s.carries].sort()]), [
      ['pages/api/notes.ts:5', ['resolver-payload']],
      ['pages/api/webhooks/worklog.ts:5', ['product-content']],
    ]);
  });
});
