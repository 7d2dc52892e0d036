import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.github.com', '        - api.tracker.example', '        - api.crm.example');
const PACKAGE = JSON.stringify({ dependencies: { '@octokit/rest': '^21.0.0', openai: '^4.0.0', '@supabase/supabase-js': '^2.0.0', axios: '^1.7.0', got: '^14.0.0' } });

const GITHUB = [
  'export async function listRepos(octokit, org) {',
  '  const { data } = await octokit.rest.repos.listForOrg({ org });',
  '  return data;',
  '}',
  'export class IssueService {',
  '  constructor(client) {',
  '    this.client = client;',
  '  }',
  '  async open(title) {',
  "    return this.client.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', title });",
  '  }',
  '}',
  '',
].join('\n');

const TRACKER = [
  "export const createItem = (http) => async (title) => http.post('/items', { title });",
  'export async function addContact(api, email) {',
  "  return api.post('contacts', { json: { email } });",
  '}',
  '',
].join('\n');

const DB = [
  "import { saveRow } from './rows';",
  'export async function record(client, row) {',
  '  return saveRow(client, row);',
  '}',
  '',
].join('\n');

const ROWS = [
  'export async function saveRow(supabase, row) {',
  "  return supabase.from('issues').insert(row);",
  '}',
  '',
].join('\n');

const INDEX = [
  "import { Octokit } from '@octokit/rest';",
  "import axios from 'axios';",
  "import got from 'got';",
  "import { supabase } from './supabase';",
  "import { listRepos, IssueService } from './github';",
  "import { createItem, addContact } from './tracker';",
  "import { record } from './db';",
  '',
  "const tracker = axios.create({ baseURL: 'https://api.tracker.example' });",
  '',
  'export async function run(event) {',
  '  const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });',
  "  await listRepos(octokit, 'acme');",
  '  await new IssueService(octokit).open(event.issue.fields.summary);',
  '  await createItem(tracker)(event.issue.fields.summary);',
  "  await addContact(got.extend({ prefixUrl: 'https://api.crm.example' }), event.user.email);",
  '  await record(supabase, { summary: event.issue.fields.summary });',
  '}',
  '',
].join('\n');

describe('a client handed to a helper as a parameter (`listRepos(octokit)`, `new IssueService(octokit)`, `createItem(http)(item)`)', () => {
  it('is followed to its SDK or HTTP client, the call shown where the helper makes it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': PACKAGE,
      'src/index.js': INDEX,
      'src/github.js': GITHUB,
      'src/tracker.js': TRACKER,
      'src/db.js': DB,
      'src/rows.js': ROWS,
      'src/supabase.js': "import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_KEY);\n",
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, `${c.evidence.file}:${c.evidence.line}`]).sort(), [
      ['github', 'Octokit.request', 'src/github.js:10'],
      ['github', 'Octokit.rest.repos.listForOrg', 'src/github.js:2'],
      ['supabase', 'createClient', 'src/supabase.js:2'],
      ['supabase', 'createClient.from.insert', 'src/rows.js:2'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, `${c.evidence.file}:${c.evidence.line}`]).sort(), [
      ['axios.post', 'POST', 'https://api.tracker.example/items', 'src/tracker.js:1'],
      ['got.post', 'POST', 'https://api.crm.example/contacts', 'src/tracker.js:3'],
    ]);
    assert.deepEqual(facts.egress.unused.map((d) => d.address), []);
  });

  it('is not made of a parameter given no client: a map, a response, a string', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': PACKAGE,
      'src/helpers.js': [
        'export function cached(cache, key) {',
        "  return cache.get('/config') ?? cache.post(key);",
        '}',
        'export function firstChoice(answer) {',
        '  return answer.choices.pick(0);',
        '}',
        'export function shout(text) {',
        '  return text.chat.completions.create();',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import OpenAI from 'openai';",
        "import { cached, firstChoice, shout } from './helpers';",
        'const openai = new OpenAI();',
        'export async function run(event) {',
        "  cached(new Map(), 'x');",
        "  firstChoice(await openai.chat.completions.create({ model: 'gpt-4o', messages: [] }));",
        '  shout(event.issue.key);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.evidence.line]), [['openai', 'chat.completions.create', 6]]);
    assert.deepEqual(facts.egress.calls, []);
  });
});

describe('an HTTP client another module of the app exports (`export default axios.create({ baseURL })`, `module.exports = got.extend(…)`)', () => {
  it('makes requests where it is used, or where a helper it is handed to uses it, with its base URL', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': PACKAGE,
      'src/http.js': "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.tracker.example/v2', headers: { Authorization: `Bearer ${process.env.KEY}` } });\nexport default api;\n",
      'src/crm.js': "const got = require('got');\nmodule.exports = got.extend({ prefixUrl: 'https://api.crm.example' });\n",
      'src/store.js': "export const store = new Map();\n",
      'src/ping.js': "export const ping = (http) => http.get('/ping');\n",
      'src/index.js': [
        "import api from './http';",
        "import { store } from './store';",
        "import { ping } from './ping';",
        "const crm = require('./crm');",
        'export async function run(event) {',
        '  await api.post(`/issues/${event.issue.key}/events`, { summary: event.issue.fields.summary });',
        "  await crm.post('contacts', { json: { email: event.user.email } });",
        '  await ping(api);',
        "  store.get('/ping');",
        '  await ping(store);',
        '}',
        '',
      ].join('\n'),
    });
    // What the instance is configured with goes with every request, as on the instance itself.
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries, `${c.evidence.file}:${c.evidence.line}`]), [
      ['axios.post', 'POST', 'https://api.tracker.example/v2/issues/{}/events', ['resolver-payload', 'secret'], 'src/index.js:6'],
      ['got.post', 'POST', 'https://api.crm.example/contacts', ['email'], 'src/index.js:7'],
      ['axios.get', 'GET', 'https://api.tracker.example/v2/ping', ['secret'], 'src/ping.js:1'],
    ]);
    assert.deepEqual(facts.egress.sdkCalls, []);
  });
});

describe('a client another module\'s function makes (`export function slackFor(token) { return new WebClient(token); }`)', () => {
  it('is followed where its result is used and where a helper it is handed to uses it; a function returning a response is no client', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { '@slack/web-api': '^7.0.0', '@octokit/rest': '^21.0.0', axios: '^1.7.0' } }),
      'src/clients.js': [
        "import { WebClient } from '@slack/web-api';",
        "import { Octokit } from '@octokit/rest';",
        "import axios from 'axios';",
        'export function slackFor(token) {',
        '  return new WebClient(token);',
        '}',
        'export const githubFor = (token) => {',
        '  const client = new Octokit({ auth: token });',
        '  return client;',
        '};',
        "export default (key) => axios.create({ baseURL: 'https://api.tracker.example', headers: { 'x-key': key } });",
        "export const repos = (octokit) => octokit.rest.repos.listForOrg({ org: 'acme' });",
        '',
      ].join('\n'),
      'src/notify.js': "export async function notify(slack, text) {\n  await slack.chat.postMessage({ channel: '#ops', text });\n}\nexport const first = (list) => list.data.create({ at: 0 });\n",
      'src/index.js': [
        "import tracker, { slackFor, githubFor, repos } from './clients';",
        "import { notify, first } from './notify';",
        'export async function run(event) {',
        '  const slack = slackFor(process.env.SLACK_TOKEN);',
        "  await slack.chat.postMessage({ channel: '#general', text: event.text });",
        '  await notify(slackFor(process.env.SLACK_TOKEN), event.text);',
        "  await githubFor(process.env.GH).rest.issues.create({ owner: 'a', repo: 'b', title: event.text });",
        "  await tracker(process.env.KEY).post('/events', { text: event.text });",
        '  first(await repos(githubFor(process.env.GH)));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, `${c.evidence.file}:${c.evidence.line}`]).sort(), [
      ['github', 'Octokit.rest.issues.create', 'src/index.js:7'],
      ['github', 'Octokit.rest.repos.listForOrg', 'src/clients.js:12'],
      ['slack', 'WebClient.chat.postMessage', 'src/index.js:5'],
      ['slack', 'WebClient.chat.postMessage', 'src/notify.js:2'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, `${c.evidence.file}:${c.evidence.line}`]), [
      ['axios.post', 'POST', 'https://api.tracker.example/events', 'src/index.js:8'],
    ]);
  });
});

describe('clients handed in an object (`summarize({ openai, text })`, `new Assistant({ openai })`, `ask(deps)`)', () => {
  it('are followed to the fields the helper destructures or reads; a field given no client is none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': PACKAGE,
      'src/ai.js': [
        'export async function summarize({ openai, text }) {',
        "  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: text }] });",
        '}',
        'export class Assistant {',
        '  constructor(deps) {',
        '    this.openai = deps.openai;',
        '  }',
        '  ask(text) {',
        "    return this.openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: text }] });",
        '  }',
        '}',
        'export async function ask(deps, text) {',
        '  await deps.http.get(`/log?q=${text}`);',
        '  return deps.cache.get(text);',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import OpenAI from 'openai';",
        "import axios from 'axios';",
        "import { summarize, Assistant, ask } from './ai';",
        "const http = axios.create({ baseURL: 'https://api.tracker.example' });",
        'export async function run(event) {',
        '  const openai = new OpenAI();',
        '  await summarize({ openai, text: event.text });',
        '  await new Assistant({ openai }).ask(event.text);',
        '  const deps = { http, cache: new Map() };',
        '  await ask(deps, event.text);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, `${c.evidence.file}:${c.evidence.line}`]), [
      ['openai', 'chat.completions.create', 'src/ai.js:2'],
      ['openai', 'chat.completions.create', 'src/ai.js:9'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, `${c.evidence.file}:${c.evidence.line}`]), [
      ['axios.get', 'GET', 'https://api.tracker.example/log?q={}', 'src/ai.js:13'],
    ]);
  });
});

describe('superagent\'s request builders (`request.post(url).set(…).send(body)`)', () => {
  it('send what they are given with the request, on superagent itself and on a client handed to a helper', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { superagent: '^9.0.0' } }),
      'src/send.js': "export const push = (agent, email) => agent.put('https://api.crm.example/contacts').send({ email });\n",
      'src/index.js': [
        "import request from 'superagent';",
        "import { push } from './send';",
        'export async function run(event) {',
        "  await request.post('https://api.tracker.example/items').set('Authorization', `Bearer ${process.env.TOKEN}`).send({ email: event.user.email }).then((r) => r.body);",
        "  await request.get('https://api.tracker.example/ping');",
        '  await push(request, event.user.email);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries, `${c.evidence.file}:${c.evidence.line}`]), [
      ['superagent.post', 'POST', 'https://api.tracker.example/items', ['email', 'secret'], 'src/index.js:4'],
      ['superagent.get', 'GET', 'https://api.tracker.example/ping', ['literal'], 'src/index.js:5'],
      ['superagent.put', 'PUT', 'https://api.crm.example/contacts', ['email'], 'src/send.js:1'],
    ]);
  });
});

describe('a parameter typed with a vendor\'s client (`octokit: Octokit`, `client: WebClient | undefined`)', () => {
  it('is that client whoever the callers are; a type of no vendor, a vendor\'s data type, or an HTTP client\'s with no base URL, is none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { '@slack/web-api': '^7.0.0', '@octokit/rest': '^21.0.0', axios: '^1.7.0' } }),
      'src/lib.ts': [
        "import type { Octokit } from '@octokit/rest';",
        "import { WebClient } from '@slack/web-api';",
        "import type { AxiosInstance } from 'axios';",
        'export async function reposOf(octokit: Octokit, org: string) {',
        '  return octokit.repos.listForOrg({ org });',
        '}',
        'export async function say(text: string, client: WebClient | undefined) {',
        "  await client?.chat.postMessage({ channel: '#ops', text });",
        '}',
        'export const item = (http: AxiosInstance, id: string) => http.get(`/items/${id}`);',
        "export const keep = (seen: Map<string, string>, key: string) => seen.set(key, 'yes');",
        "import type { DocumentSnapshot } from 'firebase/firestore';",
        "export const title = (doc: DocumentSnapshot) => doc.get('title');",
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, `${c.evidence.file}:${c.evidence.line}`]), [
      ['github', 'Octokit.repos.listForOrg', 'src/lib.ts:5'],
      ['slack', 'WebClient.chat.postMessage', 'src/lib.ts:8'],
    ]);
    assert.deepEqual(facts.egress.calls, []);
  });
});

describe('storage SDK clients handed to a helper (`admin.firestore()`, `new S3Client()`)', () => {
  it('are followed, and a command built for the call carries what it was given, as on the client itself', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { 'firebase-admin': '^12.0.0', '@aws-sdk/client-s3': '^3.0.0' } }),
      'src/save.js': [
        "import { PutObjectCommand } from '@aws-sdk/client-s3';",
        'export async function keep(db, email) {',
        "  await db.collection('users').add({ email });",
        '}',
        'export async function upload(s3, email) {',
        "  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: email }));",
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import admin from 'firebase-admin';",
        "import { S3Client } from '@aws-sdk/client-s3';",
        "import { keep, upload } from './save';",
        'export async function run(event) {',
        '  await keep(admin.firestore(), event.user.email);',
        '  await upload(new S3Client({}), event.user.email);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.carries, `${c.evidence.file}:${c.evidence.line}`]), [
      ['firebase', 'firestore.collection.add', ['email'], 'src/save.js:3'],
      ['aws-s3', 'S3Client.send', ['email'], 'src/save.js:6'],
    ]);
  });
});
