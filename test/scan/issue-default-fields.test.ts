import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event, wanted) {',
  '  const jql = `project = ${event.project}`;',
  '  const params = new URLSearchParams({ fields: wanted });',
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}`);",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?expand=changelog`);",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=-assignee`);",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=*navigable,-assignee,-reporter,-creator`);",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?${params}`);",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=${wanted}`);",
  "  await api.asApp().requestJira(route`/rest/api/2/search?jql=${jql}`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${jql}`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${jql}&fields=*all`);",
  "  await api.asApp().requestJira(route`/rest/api/3/search`, { method: 'POST', body: JSON.stringify({ jql, maxResults: 50 }) });",
  "  await api.asApp().requestJira(route`/rest/api/3/search`, { method: 'POST', body: JSON.stringify(event.query) });",
  "  await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql }) });",
  "  await api.asApp().requestJira(route`/rest/api/3/issue/bulkfetch`, { method: 'POST', body: JSON.stringify({ issueIdsOrKeys: event.keys }) });",
  '}',
  '',
].join('\n');

const STORE = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'async function getIssue(key) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
  '  return res.json();',
  '}',
  '',
  'async function keep(key, issue) {',
  '  await storage.set(`description:${key}`, issue.fields.description);',
  '}',
  '',
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}`);',
  '  const issue = await res.json();',
  '  await storage.set(`summary:${event.key}`, issue.fields.summary);',
  '  await storage.set(`issue:${event.key}`, issue);',
  '  const read = await getIssue(event.key);',
  '  const { summary } = read.fields;',
  '  await storage.set(`title:${event.key}`, { title: read.fields.summary, key: read.key, summary });',
  '  await storage.set(`copy:${event.key}`, read);',
  '  await keep(event.key, read);',
  '}',
  '',
].join('\n');

const SERVER = [
  "const axios = require('axios');",
  "const BASE = 'https://acme.atlassian.net';",
  '',
  'async function read(addon, req, key, wanted) {',
  '  const params = new URLSearchParams({ fields: wanted });',
  '  await fetch(`${BASE}/rest/api/3/issue/${key}`);',
  '  await fetch(`${BASE}/rest/api/3/issue/${key}?${params}`);',
  "  await axios.get(`${BASE}/rest/api/3/issue/${key}`, { params: { fields: 'summary' } });",
  '  const http = addon.httpClient(req);',
  '  http.get({ url: `/rest/api/3/issue/${key}`, json: true }, () => {});',
  "  http.get({ url: `/rest/api/3/issue/${key}`, qs: { fields: 'summary,status' }, json: true }, () => {});",
  '}',
  '',
  'module.exports = { read };',
  '',
].join('\n');

const app = (index: string): Record<string, string> => ({
  'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
  'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
  'src/index.js': index,
});

describe('an issue read or search that names no fields gets the fields its operation answers with by default', () => {
  it('an issue read all of them, the older search and the bulk fetch the navigable ones, the enhanced search IDs only', async () => {
    const { facts } = await scanFiles(app(INDEX));
    const lines = [...new Set(facts.personalData.uses.filter((u) => u.kind === 'account-id' && u.action === 'read').map((u) => u.evidence.line))];
    // 6 no fields, 7 an expand only, 8 all fields but the assignee (the reporter and creator stay), 12 the older search,
    // 14 `*all`, 15 the older search's body without fields, 18 the bulk fetch's. Not: 9 navigable without any user field,
    // 10 and 11 fields the scan cannot tell, 13 and 17 the enhanced search's IDs, 16 a body it cannot read.
    assert.deepEqual(lines, [6, 7, 8, 12, 14, 15, 18]);
  });

  it('a query the options add (`params`, `qs`) or the URL builds at run time may name the fields: the default is not counted', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'reader', baseUrl: 'https://reader.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} }),
      'package.json': JSON.stringify({ main: 'index.js', dependencies: { axios: '^1.0.0', 'atlassian-connect-express': '^11.0.0' } }),
      'index.js': SERVER,
    });
    const lines = [...new Set(facts.personalData.uses.filter((u) => u.kind === 'account-id' && u.action === 'read').map((u) => u.evidence.line))];
    // 6 and 10 name no fields; 7 a query built at run time, 8 axios's `params`, 11 ACE's `qs` may.
    assert.deepEqual(lines.sort((a, b) => a - b), [6, 10]);
  });

  it('nor in what the answer carries where it flows', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'reader', baseUrl: 'https://reader.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} }),
      'package.json': JSON.stringify({ main: 'index.js', dependencies: { 'atlassian-connect-express': '^11.0.0' } }),
      'index.js': [
        'function read(addon, req, key) {',
        '  const http = addon.httpClient(req);',
        '  http.get({ url: `/rest/api/3/issue/${key}`, json: true }, (err, res, issue) => console.log(issue));',
        "  http.get({ url: `/rest/api/3/issue/${key}`, qs: { fields: 'summary' }, json: true }, (err, res, issue) => console.log(issue));",
        '}',
        'module.exports = { read };',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['3 account-id,display-name,email,product-content', '4 product-content']);
  });

  it('the answer carries its people where it flows; a field that holds no user, read by name, carries none of them', async () => {
    const { facts } = await scanFiles(app(STORE));
    const stored = facts.storage.map((s) => `${s.evidence.line} ${s.carries.join(',')}`);
    // The whole issue (16, 20), also one a function returns; its summary, key or description (15, 19, 9), also through a function.
    assert.deepEqual(stored, [
      '9 product-content',
      '15 product-content',
      '16 account-id,display-name,email,product-content',
      '19 product-content',
      '20 account-id,display-name,email,product-content',
    ]);
  });
});
