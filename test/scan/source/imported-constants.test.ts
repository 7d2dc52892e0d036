import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFiles } from './analyze.ts';

const FORGE = "import api, { route, fetch, invokeRemote } from '@forge/api';\nimport { kvs } from '@forge/kvs';\n";

/** Cases that must stay unresolved come with a call that resolves, from the same module. */
type Case = { name: string; files: Record<string, string>; expect: Array<string | null> };

/** What the calls of `src/index.js` resolve to: REST paths, egress hosts or storage keys. */
const resolved = (files: Record<string, string>, pick: 'path' | 'host' | 'key'): Array<string | null> => {
  const index = analyzeFiles(files).find((f) => f.file === 'src/index.js')!;
  if (pick === 'path') return index.restCalls.map((c) => c.path);
  if (pick === 'host') return index.egress.map((c) => c.host);
  return index.storage.map((op) => op.key);
};

const paths: Case[] = [
  {
    name: 'named import of a route constant',
    files: { 'src/constants.js': "import { route } from '@forge/api';\nexport const ISSUE = route`/rest/api/3/issue`;", 'src/index.js': FORGE + "import { ISSUE } from './constants';\nawait api.asApp().requestJira(route`${ISSUE}/${key}`);" },
    expect: ['/rest/api/3/issue/{}'],
  },
  {
    name: 'namespace import, member of an exported object',
    files: { 'src/api/constants.ts': "export const ENDPOINTS = { search: '/rest/api/3/search/jql', myself: '/rest/api/3/myself' };", 'src/index.js': FORGE + "import * as C from './api/constants.js';\nawait api.asUser().requestJira(route`${C.ENDPOINTS.myself}`);" },
    expect: ['/rest/api/3/myself'],
  },
  {
    name: 'a version segment from a constant, through a barrel index re-exporting everything',
    files: { 'src/shared/versions.ts': "export const JIRA_API_VERSION = '3';", 'src/shared/index.ts': "export * from './versions';", 'src/index.js': FORGE + "import { JIRA_API_VERSION } from './shared';\nawait api.asApp().requestJira(route`/rest/api/${JIRA_API_VERSION}/project/${key}`);" },
    expect: ['/rest/api/3/project/{}'],
  },
  {
    name: 'renamed re-export: export { A as B } from',
    files: { 'src/paths.js': "export const WIKI_PAGES = '/wiki/api/v2/pages';", 'src/api.js': "export { WIKI_PAGES as PAGES } from './paths';", 'src/index.js': FORGE + "import { PAGES } from './api';\nawait api.asApp().requestConfluence(route`${PAGES}/${id}`);" },
    expect: ['/wiki/api/v2/pages/{}'],
  },
  {
    name: 'an imported object exported again and read by member',
    files: { 'src/a.js': "export const PATHS = { board: '/rest/agile/1.0/board' };", 'src/b.js': "import { PATHS } from './a';\nexport { PATHS };", 'src/index.js': FORGE + "import { PATHS } from './b';\nawait api.asApp().requestJira(route`${PATHS.board}/${id}/sprint`);" },
    expect: ['/rest/agile/1.0/board/{}/sprint'],
  },
  {
    name: 'a plain path string made a route with assumeTrustedRoute',
    files: { 'src/paths.ts': "export const JQL_SEARCH = '/rest/api/3/search/jql';", 'src/index.js': "import api, { assumeTrustedRoute } from '@forge/api';\nimport { JQL_SEARCH } from './paths';\nawait api.asApp().requestJira(assumeTrustedRoute(`${JQL_SEARCH}?jql=${encodeURIComponent(jql)}`));" },
    expect: ['/rest/api/3/search/jql?jql={}'],
  },
  {
    name: 'Connect AP.request: the product follows the imported path',
    files: { 'src/urls.js': "export const WATCHERS = '/rest/api/2/issue/' ;", 'src/index.js': "import { WATCHERS } from './urls';\nAP.request(WATCHERS + key + '/watchers', { type: 'POST' });" },
    expect: ['/rest/api/2/issue/{}/watchers'],
  },
  {
    name: 'a constant built from itself through a cycle of imports stays unresolved',
    files: { 'src/a.js': "import { B } from './b';\nexport const A = `${B}/a`;\nexport const ISSUE = '/rest/api/3/issue';", 'src/b.js': "import { A } from './a';\nexport const B = `${A}/b`;", 'src/index.js': FORGE + "import { A, ISSUE } from './a';\nawait api.asApp().requestJira(route`${ISSUE}/${key}`);\nawait api.asApp().requestJira(route`${A}/x`);" },
    expect: ['/rest/api/3/issue/{}', null],
  },
  {
    name: 'a package, not a module of the app, is never read',
    files: { 'src/paths.js': "export const ISSUE = '/rest/api/3/issue';", 'src/index.js': FORGE + "import { ISSUE } from './paths';\nimport { ISSUE as PACKAGED } from 'jira-constants';\nawait api.asApp().requestJira(route`${ISSUE}/${key}`);\nawait api.asApp().requestJira(route`${PACKAGED}/${key}`);" },
    expect: ['/rest/api/3/issue/{}', null],
  },
];

const hosts: Case[] = [
  {
    name: 'default-exported object read as config.baseUrl',
    files: { 'src/config.js': "export default { baseUrl: 'https://api.linear.app' };", 'src/index.js': FORGE + "import config from './config';\nawait fetch(`${config.baseUrl}/graphql`, { method: 'POST' });" },
    expect: ['api.linear.app'],
  },
  {
    name: 'a default-exported local object',
    files: { 'src/config.js': "const settings = { apiUrl: 'https://api.airtable.com/v0' };\nexport default settings;", 'src/index.js': FORGE + "import settings from './config';\nawait fetch(settings.apiUrl + '/bases');" },
    expect: ['api.airtable.com'],
  },
  {
    name: 'a constant built from a constant of a third module',
    files: { 'src/hosts.js': "export const HOST = 'hooks.slack.com';", 'src/urls.js': "import { HOST } from './hosts';\nexport const WEBHOOK = `https://${HOST}/services`;", 'src/index.js': FORGE + "import { WEBHOOK } from './urls';\nawait fetch(`${WEBHOOK}/${id}`, { method: 'POST' });" },
    expect: ['hooks.slack.com'],
  },
  {
    name: 'exports.x = …, read as require(…).x',
    files: { 'src/config.js': "exports.API_URL = 'https://api.sendgrid.com/v3';", 'src/index.js': "const fetch = require('node-fetch');\nconst api = require('./config').API_URL;\nawait fetch(`${api}/mail/send`);" },
    expect: ['api.sendgrid.com'],
  },
  {
    name: 'module.exports = CONFIG, destructured',
    files: { 'src/config.js': "const CONFIG = Object.freeze({ OPENAI_URL: 'https://api.openai.com/v1' });\nmodule.exports = CONFIG;", 'src/index.js': "const { OPENAI_URL } = require('./config');\nawait fetch(`${OPENAI_URL}/chat/completions`);" },
    expect: ['api.openai.com'],
  },
  {
    name: 'axios instance configured with an imported object',
    files: { 'src/http.js': "export const HUBSPOT = { baseURL: 'https://api.hubapi.com', timeout: 5000 };", 'src/index.js': "import axios from 'axios';\nimport { HUBSPOT } from './http';\nconst client = axios.create(HUBSPOT);\nawait client.get('/crm/v3/objects/contacts');" },
    expect: ['api.hubapi.com'],
  },
  {
    name: 'invokeRemote with an imported remote key',
    files: { 'src/remotes.js': "export const BACKEND = 'acme-backend';", 'src/index.js': FORGE + "import { BACKEND } from './remotes';\nawait invokeRemote(BACKEND, { path: '/sync' });" },
    expect: ['remote:acme-backend'],
  },
  {
    name: 'an environment variable is never guessed',
    files: { 'src/config.js': "export const API_URL = process.env.API_URL;\nexport const STATUS_URL = 'https://status.example.com';", 'src/index.js': FORGE + "import { API_URL, STATUS_URL } from './config';\nawait fetch(STATUS_URL);\nawait fetch(`${API_URL}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'an environment variable with a default is not a constant',
    files: { 'src/config.js': "export const API_URL = process.env.API_URL || 'https://api.example.com';\nexport const STATUS_URL = 'https://status.example.com';", 'src/index.js': FORGE + "import { API_URL, STATUS_URL } from './config';\nawait fetch(STATUS_URL);\nawait fetch(`${API_URL}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'an exported let assigned again is not a constant',
    files: { 'src/config.js': "export let BASE = 'https://eu.example.com';\nif (process.env.REGION === 'us') BASE = 'https://us.example.com';\nexport let STATUS_URL = 'https://status.example.com';", 'src/index.js': FORGE + "import { BASE, STATUS_URL } from './config';\nawait fetch(STATUS_URL);\nawait fetch(`${BASE}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'a CommonJS export assigned twice is not a constant',
    files: { 'src/config.js': "exports.BASE = 'https://eu.example.com';\nexports.BASE = 'https://us.example.com';\nexports.STATUS_URL = 'https://status.example.com';", 'src/index.js': "const { BASE, STATUS_URL } = require('./config');\nawait fetch(STATUS_URL);\nawait fetch(`${BASE}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'a value computed by a function is not a constant',
    files: { 'src/config.js': "export const BASE = buildBase();\nexport const STATUS_URL = 'https://status.example.com';", 'src/index.js': FORGE + "import { BASE, STATUS_URL } from './config';\nawait fetch(STATUS_URL);\nawait fetch(`${BASE}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'a name not exported stays unresolved',
    files: { 'src/config.js': "const BASE = 'https://api.example.com';\nexport const STATUS_URL = 'https://status.example.com';", 'src/index.js': FORGE + "import { BASE, STATUS_URL } from './config';\nawait fetch(STATUS_URL);\nawait fetch(`${BASE}/sync`);" },
    expect: ['status.example.com', null],
  },
  {
    name: 'a parameter that shadows the import is not the import',
    files: { 'src/config.js': "export const BASE = 'https://api.example.com';", 'src/index.js': FORGE + "import { BASE } from './config';\nawait fetch(`${BASE}/health`);\nexport const sync = (BASE) => fetch(`${BASE}/sync`);" },
    expect: ['api.example.com', null],
  },
];

const keys: Case[] = [
  {
    name: 'a key from an imported constant',
    files: { 'src/storage/constants.ts': "export const SERVER_STORAGE_KEY_PREFIX = 'jenkinsServer-';", 'src/index.js': FORGE + "import { SERVER_STORAGE_KEY_PREFIX } from './storage/constants';\nawait kvs.set(`${SERVER_STORAGE_KEY_PREFIX}${uuid}`, server);" },
    expect: ['jenkinsServer-{}'],
  },
  {
    name: 'an imported key builder (arrow function)',
    files: { 'src/keys.js': 'export const issueKey = (id) => `issue:${id}:state`;', 'src/index.js': FORGE + "import { issueKey } from './keys';\nawait kvs.get(issueKey(id));" },
    expect: ['issue:{}:state'],
  },
  {
    name: 'an imported key builder (function declaration)',
    files: { 'src/keys.js': 'export function snapshotKey(tenant, id) {\n  return `snapshot:${tenant}:${id}`;\n}', 'src/index.js': FORGE + "import { snapshotKey } from './keys';\nawait kvs.set(snapshotKey(t, id), run);" },
    expect: ['snapshot:{}:{}'],
  },
  {
    name: 'a key builder declared with function and exported by name, CommonJS',
    files: { 'src/keys.js': 'function watchKey(issueKey) {\n  return `watch:${issueKey}`;\n}\nmodule.exports = { watchKey };', 'src/index.js': "const { kvs } = require('@forge/kvs');\nconst { watchKey } = require('./keys');\nawait kvs.delete(watchKey(key));" },
    expect: ['watch:{}'],
  },
  {
    name: 'a custom entity name from an imported object',
    files: { 'src/entities.js': "export const ENTITIES = { employee: 'employee' };", 'src/index.js': FORGE + "import { ENTITIES } from './entities';\nawait kvs.entity(ENTITIES.employee).set(id, row);" },
    expect: ['employee'],
  },
];

describe('values imported from the app\'s other modules', () => {
  for (const c of paths) it(`REST path: ${c.name}`, () => assert.deepEqual(resolved(c.files, 'path'), c.expect));
  for (const c of hosts) it(`egress host: ${c.name}`, () => assert.deepEqual(resolved(c.files, 'host'), c.expect));
  for (const c of keys) it(`storage key: ${c.name}`, () => assert.deepEqual(resolved(c.files, 'key'), c.expect));

  it('a SQL statement held in another module: its operation and table', () => {
    const [, index] = analyzeFiles({
      'src/queries.js': "export const QUERIES = { saveNote: 'INSERT INTO notes (issue_key, author, body) VALUES (?, ?, ?)' };",
      'src/index.js': "import { sql } from '@forge/sql';\nimport { QUERIES } from './queries';\nexport async function save(req) {\n  await sql.prepare(QUERIES.saveNote).bindParams(req.payload.issueKey, req.context.accountId, req.payload.body).execute();\n}",
    });
    assert.deepEqual(index!.storage.map((s) => [s.backend, s.op, s.key]), [['sql', 'write', 'notes']]);
  });

  it('the product of a Connect call is known once its imported path is', () => {
    const [, index] = analyzeFiles({ 'src/urls.js': "export const SPACES = '/wiki/rest/api/space';", 'src/index.js': "import { SPACES } from './urls';\nAP.request(SPACES);" });
    assert.deepEqual(index!.restCalls.map((c) => [c.product, c.path]), [['confluence', '/wiki/rest/api/space']]);
  });
});
