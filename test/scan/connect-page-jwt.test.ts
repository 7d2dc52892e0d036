import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const pkg = '{ "name": "panels", "dependencies": { "express": "4.18.0", "atlassian-connect-express": "10.0.0" } }';
const descriptor = (modules: object): string => JSON.stringify({
  key: 'panels', baseUrl: 'https://panels.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  lifecycle: { installed: '/installed' }, modules,
});
const pages = {
  jiraIssueContents: [{ key: 'content', name: { value: 'C' }, target: { type: 'web_panel', url: '/issue-content?issueKey={issue.key}' } }],
  generalPages: [{ key: 'board', name: { value: 'B' }, url: '/ui/board/{project.key}' }],
  configurePage: { key: 'configure', name: { value: 'Configure' }, url: '/configure' },
};
const server = [
  "const express = require('express');",
  "const ace = require('atlassian-connect-express');",
  'const app = express();',
  'const addon = ace(app);',
  "app.get('/issue-content', addon.authenticate(), (req, res) => {",
  '  console.log(req.query);',
  "  console.log('key', req.query.issueKey);",
  "  console.log('token', req.query.jwt);",
  '  const { jwt, xdm_e: host } = req.query;',
  "  console.log('destructured', jwt);",
  "  console.log('host', host);",
  "  res.render('content');",
  '});',
  'const router = express.Router();',
  "router.get('/board/:projectKey', (req, res) => {",
  '  const { originalUrl } = req;',
  "  console.log('loaded', originalUrl);",
  "  res.render('board');",
  '});',
  "app.use('/ui', router);",
  "app.get('/api/issues', addon.authenticate(), (req, res) => {",
  '  console.log(req.query);',
  '  res.json([]);',
  '});',
  "app.get('/status', (req, res) => {",
  '  console.log(req.url);',
  "  res.send('ok');",
  '});',
  "const { configure } = require('./configure');",
  "app.get('/configure', addon.authenticate(), configure);",
  'app.listen(3000);',
  '',
].join('\n');
const configure = [
  'exports.configure = (req, res) => {',
  "  console.log('configure', req.query);",
  "  console.log('project', req.query.projectKey);",
  "  res.render('configure');",
  '};',
  '',
].join('\n');

const logs = async (modules: object): Promise<Array<[number | string, string[]]>> => {
  const { facts } = await scanFiles({ 'package.json': pkg, 'atlassian-connect.json': descriptor(modules), 'app.js': server, 'configure.js': configure });
  return facts.logs.filter((l) => l.level !== 'access').map((l) => [l.evidence.file === 'app.js' ? l.evidence.line : `${l.evidence.file}:${l.evidence.line}`, l.carries]);
};

describe('the query of a Connect page', () => {
  it("holds the JWT on the routes serving the descriptor's page URLs, also in a function of another module; a named field other than jwt, and other routes, do not", async () => {
    assert.deepEqual(await logs(pages), [
      [6, ['resolver-payload', 'secret']], [7, ['other']], [8, ['resolver-payload', 'secret']], [10, ['resolver-payload', 'secret']], [11, ['resolver-payload']],
      [17, ['secret']], [22, ['resolver-payload']], [26, ['other']],
      ['configure.js:2', ['resolver-payload', 'secret']], ['configure.js:3', ['other']],
    ]);
  });

  it('holds it on the routes ACE authenticates when the descriptor gives no page URL', async () => {
    assert.deepEqual(await logs({ webhooks: [{ event: 'jira:issue_created', url: '/issue-created' }] }), [
      [6, ['resolver-payload', 'secret']], [7, ['other']], [8, ['resolver-payload', 'secret']], [10, ['resolver-payload', 'secret']], [11, ['resolver-payload']],
      [17, ['other']], [22, ['resolver-payload', 'secret']], [26, ['other']],
      ['configure.js:2', ['resolver-payload', 'secret']], ['configure.js:3', ['other']],
    ]);
  });
});

describe('a field of a Connect page\'s query', () => {
  it('holds what the context parameters the page\'s URL binds it to hold, on every page the route serves; another field, or another route\'s, what a user sent', async () => {
    const { facts } = await scanFiles({
      'package.json': pkg,
      'atlassian-connect.json': descriptor({
        jiraProjectPages: [{ key: 'board', name: { value: 'Board' }, url: '/board?mode={board.screen}&viewer={user.accountId}' }],
        webPanels: [{ key: 'side', name: { value: 'Side' }, location: 'atl.jira.view.issue.right.context', url: '/side?mode=compact&lane={board.id}' }],
      }),
      'app.js': [
        "const express = require('express');",
        "const ace = require('atlassian-connect-express');",
        'const app = express();',
        'const addon = ace(app);',
        "app.get('/board', addon.authenticate(), (req, res) => {",
        "  console.log('mode', req.query.mode);",
        "  console.log('viewer', req.query.viewer);",
        "  console.log('note', req.query.note);",
        "  res.render('board');",
        '});',
        "app.get('/side', addon.authenticate(), (req, res) => {",
        "  console.log('mode', req.query.mode, req.query.lane);",
        "  res.render('side');",
        '});',
        "app.get('/search', (req, res) => {",
        "  console.log('mode', req.query.mode);",
        '  res.json([]);',
        '});',
        'app.listen(3000);',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.level !== 'access').map((l) => [l.evidence.line, l.carries]), [
      [6, ['other']], [7, ['account-id']], [8, ['resolver-payload']], [12, ['resolver-payload']], [16, ['resolver-payload']],
    ]);
  });
});
