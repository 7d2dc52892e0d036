import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Evidence, Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

const CLIENT = [
  "import { fetch } from '@forge/api';",
  'export class TrackerClient {',
  '  constructor(config) {',
  '    this.config = config;',
  '    this.host = config.host;',
  '  }',
  '  async issue(id) {',
  "    const res = await fetch(`https://${this.host}/v2/issues/${id}`, { headers: { Authorization: `Bearer ${this.config.token}` } });",
  '    return res.json();',
  '  }',
  '  async labels() {',
  '    const res = await fetch(`${this.config.baseUrl}/v2/labels`);',
  '    return res.json();',
  '  }',
  '  describe() {',
  '    console.log(\'client\', this.config);',
  '    const { token, ...rest } = this.config;',
  '    console.log(rest);',
  '  }',
  '}',
  '',
  'export class NotesService {',
  '  constructor({ apiUrl, title }) {',
  '    this._apiUrl = apiUrl;',
  '    this._title = title;',
  '  }',
  '  save() {',
  '    console.info(this._title);',
  '    return fetch(`${this._apiUrl}/notes`, { method: \'POST\' });',
  '  }',
  '}',
  '',
].join('\n');

const INDEX = [
  "import { TrackerClient, NotesService } from './client';",
  'export async function run(event) {',
  "  const client = new TrackerClient({ host: 'tracker.example.com', baseUrl: 'https://api.tracker.example.com', token: process.env.TRACKER_TOKEN });",
  '  client.describe();',
  '  await client.labels();',
  '  const notes = new NotesService({ apiUrl: \'https://notes.example.org/api\', title: event.issue.fields.summary });',
  '  await notes.save();',
  '  return client.issue(event.issue.key);',
  '}',
  '',
].join('\n');

describe('members a constructor sets from its parameters (`this.config = config`, `this._apiUrl = apiUrl`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/client.js': CLIENT, 'src/index.js': INDEX }));
  });

  it('carry what the class’s builders pass into the logs of its methods', () => {
    assert.deepEqual(facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries })), [
      { at: 'src/client.js:16', carries: ['secret'] },
      // What is left without the token: the two strings.
      { at: 'src/client.js:18', carries: ['literal'] },
      { at: 'src/client.js:28', carries: ['resolver-payload'] },
    ]);
  });

  it('give the hosts of its methods’ requests', () => {
    assert.deepEqual(facts.egress.calls.map((c) => ({ method: c.method, host: c.host, url: c.url, at: at(c.evidence) })), [
      // Named where the last of the strings is given: the id by `client.issue(…)`, the base URL by `new TrackerClient(…)`.
      { method: 'GET', host: 'tracker.example.com', url: 'https://tracker.example.com/v2/issues/{}', at: 'src/index.js:8' },
      { method: 'GET', host: 'api.tracker.example.com', url: 'https://api.tracker.example.com/v2/labels', at: 'src/index.js:3' },
      { method: 'POST', host: 'notes.example.org', url: 'https://notes.example.org/api/notes', at: 'src/index.js:6' },
    ]);
  });
});

describe('members of a CommonJS class (`module.exports = class JiraService`) and TypeScript parameter properties', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/jira-service.js': [
        "const axios = require('axios');",
        'module.exports = class JiraService {',
        '  constructor({ apiUrl, apiToken }) {',
        '    this._apiUrl = apiUrl;',
        '    this._apiToken = apiToken;',
        '  }',
        '  status() {',
        "    return axios.get(`${this._apiUrl}/status`, { headers: { Authorization: `Bearer ${this._apiToken}` } });",
        '  }',
        '};',
        '',
      ].join('\n'),
      'src/store.ts': [
        'interface Options { region: string; secretKey: string }',
        'export class Store {',
        '  constructor(private readonly options: Options) {}',
        '  dump(): void {',
        '    console.log(this.options);',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "const JiraService = require('./jira-service');",
        "const { Store } = require('./store');",
        'exports.run = async () => {',
        "  new Store({ region: 'eu', secretKey: process.env.STORE_SECRET }).dump();",
        "  return new JiraService({ apiUrl: 'https://status.example.net/api', apiToken: process.env.API_TOKEN }).status();",
        '};',
        '',
      ].join('\n'),
    }));
  });

  it('carry what the builders pass', () => {
    assert.deepEqual(facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries })), [{ at: 'src/store.ts:5', carries: ['secret'] }]);
    assert.deepEqual(facts.egress.calls.map((c) => ({ method: c.method, url: c.url, carries: c.carries, at: at(c.evidence) })), [
      { method: 'GET', url: 'https://status.example.net/api/status', carries: ['secret'], at: 'src/index.js:5' },
    ]);
  });
});

describe('methods of an object handed to a constructor (`new IssuesGateway({ jiraService })`, `this._jira.send(…)`)', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} }),
      'package.json': '{}',
      'config.js': "module.exports = { siteUrl: 'http://acme.atlassian.net/rest/api/3', token: process.env.JIRA_TOKEN };",
      'core/jira.js': [
        "const axios = require('axios');",
        'module.exports = class Jira {',
        '  constructor({ siteUrl, token }) {',
        '    this._siteUrl = siteUrl;',
        '    this._token = token;',
        '  }',
        '  send({ url, query }) {',
        '    if (query) {',
        '      url = `${url}?${query}`;',
        '    }',
        '    return axios({ url: `${this._siteUrl}${url}`, headers: { Authorization: `Basic ${this._token}` } });',
        '  }',
        '};',
        '',
      ].join('\n'),
      'gateways/issues.js': [
        'module.exports = class IssuesGateway {',
        '  constructor({ jira }) {',
        '    this._jira = jira;',
        '  }',
        '  find(filter) {',
        "    return this._jira.send({ url: '/search', query: `jql=filter=${filter}` });",
        '  }',
        '  statuses() {',
        "    return this._jira.send({ url: '/status' });",
        '  }',
        '};',
        '',
      ].join('\n'),
      'app.js': [
        "const config = require('./config');",
        "const Jira = require('./core/jira');",
        "const IssuesGateway = require('./gateways/issues');",
        'const jira = new Jira({ siteUrl: config.siteUrl, token: config.token });',
        'module.exports = new IssuesGateway({ jira });',
        '',
      ].join('\n'),
    }));
  });

  it('are that class’s methods: their requests are named where the paths are given', () => {
    assert.deepEqual(facts.restCalls.map((c) => ({ method: c.method, path: c.path, at: at(c.evidence), via: at(c.via) })), [
      // `http://…atlassian.net` is the product's REST API too; a query only some callers give is left out for the others.
      { method: 'GET', path: '/rest/api/3/search?jql=filter={}', at: 'gateways/issues.js:6', via: 'core/jira.js:11' },
      { method: 'GET', path: '/rest/api/3/status', at: 'gateways/issues.js:9', via: 'core/jira.js:11' },
    ]);
    assert.deepEqual(facts.egress.calls, []);
  });
});

const API_CLIENT = [
  "import { fetch } from '@forge/api';",
  'export class ApiClient {',
  '  constructor(config) {',
  '    this.config = config;',
  '    this.baseUrl = config.baseUrl;',
  '  }',
  '  async get(path) {',
  '    const res = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.config.token}` } });',
  '    return res.json();',
  '  }',
  '  describe() {',
  "    console.log('client', this.config);",
  '  }',
  '}',
  '',
].join('\n');

describe('a subclass handing its config to the class it extends (`super(config)`), and members a constructor builds from it', () => {
  let facts: Facts;
  before(async () => {
    ({ facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/api-client.js': API_CLIENT,
      'src/clients.js': [
        "import { fetch } from '@forge/api';",
        "import { ApiClient } from './api-client';",
        'export class TrackerClient extends ApiClient {',
        '  constructor(config) {',
        '    super(config);',
        '  }',
        '  issues() {',
        "    return this.get('/v2/issues');",
        '  }',
        '}',
        'export class DocsClient {',
        '  constructor(config) {',
        "    this.url = new URL('/api/v1/', config.baseUrl);",
        '  }',
        '  async spaces() {',
        '    const res = await fetch(`${this.url}spaces`);',
        '    return res.json();',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { TrackerClient, DocsClient } from './clients';",
        'export async function run() {',
        "  const tracker = new TrackerClient({ baseUrl: 'https://api.tracker.example.com', token: process.env.TRACKER_TOKEN });",
        '  tracker.describe();',
        '  await tracker.issues();',
        "  await new DocsClient({ baseUrl: 'https://docs.example.org' }).spaces();",
        '}',
        '',
      ].join('\n'),
    }));
  });

  it('give the hosts of the requests the base class and the members make', () => {
    assert.deepEqual(facts.egress.calls.map((c) => ({ host: c.host, url: c.url, at: at(c.evidence), via: at(c.via) })), [
      { host: 'api.tracker.example.com', url: 'https://api.tracker.example.com/v2/issues', at: 'src/clients.js:8', via: 'src/api-client.js:8' },
      { host: 'docs.example.org', url: 'https://docs.example.org/api/v1/spaces', at: 'src/index.js:6', via: 'src/clients.js:16' },
    ]);
  });

  it("carry what the subclass's builders pass into the base class's methods", () => {
    assert.deepEqual(facts.logs.map((l) => ({ at: at(l.evidence), carries: l.carries })), [{ at: 'src/api-client.js:12', carries: ['secret'] }]);
  });
});

describe('a subclass without a constructor of its own', () => {
  it("is built with the base class's constructor, and its methods call the base class's", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/api-client.js': API_CLIENT,
      'src/wiki.js': [
        "import { ApiClient } from './api-client';",
        'export class WikiClient extends ApiClient {',
        '  pages() {',
        "    return this.get('/wiki/pages');",
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { WikiClient } from './wiki';",
        'export async function run() {',
        "  await new WikiClient({ baseUrl: 'https://wiki.example.net' }).pages();",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => ({ host: c.host, url: c.url, at: at(c.evidence), via: at(c.via) })), [
      { host: 'wiki.example.net', url: 'https://wiki.example.net/wiki/pages', at: 'src/wiki.js:4', via: 'src/api-client.js:8' },
    ]);
  });
});
