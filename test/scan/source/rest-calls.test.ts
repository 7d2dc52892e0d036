import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, analyzeFiles } from './analyze.ts';

const FORGE = "import api, { route, asUser, asApp } from '@forge/api';\n";

const cases: Array<{ name: string; code: string; expect: Array<{ product: string; method: string; path: string | null; auth: string; line: number }> }> = [
  {
    name: 'asUser requestJira with route template and query',
    code: FORGE + 'export async function f(key) {\n  return api.asUser().requestJira(route`/rest/api/3/issue/${key}?fields=summary`);\n}',
    expect: [{ product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}?fields=summary', auth: 'asUser', line: 3 }],
  },
  {
    name: 'method from the options object, multi-line chain shown at the line of its call',
    code: FORGE + "const r = await api\n  .asApp()\n  .requestConfluence(route`/wiki/api/v2/pages/${id}`, {\n    method: 'PUT',\n    body,\n  });",
    expect: [{ product: 'confluence', method: 'PUT', path: '/wiki/api/v2/pages/{}', auth: 'asApp', line: 4 }],
  },
  {
    name: 'assumeTrustedRoute around a literal or a template',
    code: "import api, { assumeTrustedRoute } from '@forge/api';\nawait api.asApp().requestJira(assumeTrustedRoute('/rest/api/3/myself'));\nawait api.asUser().requestJira(assumeTrustedRoute(`/rest/api/3/issue/${key}/comment`), { method: 'POST' });",
    expect: [
      { product: 'jira', method: 'GET', path: '/rest/api/3/myself', auth: 'asApp', line: 2 },
      { product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/comment', auth: 'asUser', line: 3 },
    ],
  },
  {
    name: 'a page counter in the path is a hole, not its first value',
    code: FORGE + "let startAt = 0;\nwhile (more) {\n  await api.asApp().requestJira(route`/rest/api/3/issue/${key}/worklog?startAt=${startAt}&maxResults=100`);\n  startAt += 100;\n}",
    expect: [{ product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}/worklog?startAt={}&maxResults=100', auth: 'asApp', line: 4 }],
  },
  {
    name: 'a GraphQL query through requestGraph is a POST with no REST path, whatever its variables say',
    code: FORGE + "await api.asApp().requestGraph(`query { me { user { name } } }`, { method: 'GET' });",
    expect: [{ product: 'graph', method: 'POST', path: null, auth: 'asApp', line: 2 }],
  },
  {
    name: "Compass's GraphQL API through @atlassian/forge-graphql: a POST to the gateway as the app or the user, helpers aside",
    code: "import graphqlGateway, { sdk } from '@atlassian/forge-graphql';\n"
      + 'await graphqlGateway.compass.asApp().synchronizeLinkAssociations({ cloudId, forgeAppId });\n'
      + 'const { data } = await graphqlGateway.compass.asUser().getComponent({ componentId: id });\n'
      + 'const compass = graphqlGateway.compass.asApp();\nawait compass.createComponent({ cloudId, componentDetails });\n'
      + 'const parsed = sdk.parseAri(id);',
    expect: [
      { product: 'compass', method: 'POST', path: null, auth: 'asApp', line: 2 },
      { product: 'compass', method: 'POST', path: null, auth: 'asUser', line: 3 },
      { product: 'compass', method: 'POST', path: null, auth: 'asApp', line: 5 },
    ],
  },
  {
    name: 'named asApp import and options held in a constant',
    code: FORGE + "const opts = { method: 'POST', headers: { Accept: 'application/json' } };\nawait asApp().requestJira(route`/rest/api/3/issue/${key}/comment`, opts);",
    expect: [{ product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/comment', auth: 'asApp', line: 3 }],
  },
  {
    name: 'path held in a module constant declared below the function',
    code: FORGE + 'export const f = () => asUser().requestJira(route`${SEARCH}?jql=${jql}`);\nconst SEARCH = "/rest/api/3/search/jql";',
    expect: [{ product: 'jira', method: 'GET', path: '/rest/api/3/search/jql?jql={}', auth: 'asUser', line: 2 }],
  },
  {
    name: 'aliased client: const jira = api.asApp()',
    code: FORGE + "const jira = api.asApp();\nawait jira.requestJira(route`/rest/api/3/project/${k}`, { method: 'DELETE' });",
    expect: [{ product: 'jira', method: 'DELETE', path: '/rest/api/3/project/{}', auth: 'asApp', line: 3 }],
  },
  {
    name: 'client method destructured: const { requestJira } = api.asApp()',
    code: FORGE + "const { requestJira } = api.asApp();\nawait requestJira(route`/rest/api/3/myself`);",
    expect: [{ product: 'jira', method: 'GET', path: '/rest/api/3/myself', auth: 'asApp', line: 3 }],
  },
  {
    name: 'a path variable given the same route in every branch',
    code: FORGE + "export async function create(space, parent) {\n  let endpoint;\n  if (parent) endpoint = route`/wiki/api/v2/pages`;\n  else endpoint = route`/wiki/api/v2/pages`;\n  return api.asUser().requestConfluence(endpoint, { method: 'POST' });\n}",
    expect: [{ product: 'confluence', method: 'POST', path: '/wiki/api/v2/pages', auth: 'asUser', line: 6 }],
  },
  {
    name: 'a path variable given different routes is not guessed: one call per route it may hold',
    code: FORGE + "export async function load(kind) {\n  let endpoint = route`/rest/api/3/project/search`;\n  if (kind === 'issues') endpoint = route`/rest/api/3/search/jql`;\n  return api.asApp().requestJira(endpoint);\n}",
    expect: [
      { product: 'jira', method: 'GET', path: '/rest/api/3/project/search', auth: 'asApp', line: 5 },
      { product: 'jira', method: 'GET', path: '/rest/api/3/search/jql', auth: 'asApp', line: 5 },
    ],
  },
  {
    name: 'CommonJS require of @forge/api',
    code: "const api = require('@forge/api');\nconst { route } = require('@forge/api');\nexports.run = async () => api.asApp().requestBitbucket(route`/2.0/repositories/${ws}/${repo}`);",
    expect: [{ product: 'bitbucket', method: 'GET', path: '/2.0/repositories/{}/{}', auth: 'asApp', line: 3 }],
  },
  {
    name: 'a path the app vouches for: assumeTrustedRoute and routeFromAbsolute',
    code: "import api, { assumeTrustedRoute } from '@forge/api';\nawait api.asApp().requestJira(assumeTrustedRoute('/rest/api/3/search/jql'), { method: 'POST' });\nawait api.asApp().requestJira(api.routeFromAbsolute(issue.self));\nawait api.asApp().requestJira(api.routeFromAbsolute(`https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/issue/${key}`));",
    expect: [
      { product: 'jira', method: 'POST', path: '/rest/api/3/search/jql', auth: 'asApp', line: 2 },
      { product: 'jira', method: 'GET', path: null, auth: 'asApp', line: 3 },
      { product: 'jira', method: 'GET', path: '/ex/jira/{}/rest/api/3/issue/{}', auth: 'asApp', line: 4 },
    ],
  },
  {
    name: 'fully dynamic path is unresolved, not guessed',
    code: FORGE + 'export const f = (path) => api.asUser().requestJira(route`${path}`);',
    expect: [{ product: 'jira', method: 'GET', path: null, auth: 'asUser', line: 2 }],
  },
  {
    name: 'front end @forge/bridge requestJira',
    code: "import { requestJira } from '@forge/bridge';\nconst res = await requestJira(`/rest/api/3/issue/${issueKey}/transitions`, { method: 'POST', body: JSON.stringify(t) });",
    expect: [{ product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/transitions', auth: 'bridge', line: 2 }],
  },
  {
    name: 'Connect AP.request with options object',
    code: "AP.request({ url: '/rest/api/content/' + pageId + '/child/attachment', type: 'POST', data: form });",
    expect: [{ product: 'confluence', method: 'POST', path: '/rest/api/content/{}/child/attachment', auth: 'connect', line: 1 }],
  },
  {
    name: 'Connect AP.require: the modules it hands its callback, by name or in a list',
    code: [
      "AP.require('request', function (request) { request({ url: '/rest/api/2/issue/' + key, success: show }); });",
      "window.AP.require(['_util', 'request'], (util, request) => request({ url: '/rest/api/2/project', type: 'PUT' }));",
      "AP.require(['request'], function (get) { const request = (o) => o; request({ url: '/rest/api/2/myself' }); });",
      "$(function () { AP.require(['request', 'Table'], load); function load(request, table) { request({ url: '/rest/api/2/search' }); } });",
      "function page() { AP.require('request', (request) => fill(key, request)); function fill(key, get) { get({ url: '/rest/api/2/field/' + key, type: 'GET' }); } }",
      "function other() { fill2(function (o) { return o; }); function fill2(get) { get({ url: '/rest/api/2/status' }); } }",
    ].join('\n'),
    expect: [
      { product: 'jira', method: 'GET', path: '/rest/api/2/issue/{}', auth: 'connect', line: 1 },
      { product: 'jira', method: 'PUT', path: '/rest/api/2/project', auth: 'connect', line: 2 },
      { product: 'jira', method: 'GET', path: '/rest/api/2/search', auth: 'connect', line: 4 },
      { product: 'jira', method: 'GET', path: '/rest/api/2/field/{}', auth: 'connect', line: 5 },
    ],
  },
  {
    name: 'Connect AP.require: the module its callback keeps in a variable of the page, called later from another function',
    code: [
      'let send;',
      "document.addEventListener('DOMContentLoaded', () => { AP.require('request', (request) => (send = request)); });",
      "function save(key) { send({ url: `/rest/api/3/issue/${key}/worklog`, type: 'POST', data: body }); }",
      'let other;',
      "function keep(request) { other = request; other({ url: '/rest/api/3/myself' }); }",
    ].join('\n'),
    expect: [{ product: 'jira', method: 'POST', path: '/rest/api/3/issue/{}/worklog', auth: 'connect', line: 3 }],
  },
  {
    name: 'Connect AP.request to the product base URL the code holds, with the `latest` version of the Jira API',
    code: "const base = window.base;\nAP.request({ url: base + '/rest/api/latest/project/' + key + '/properties/config' });\nAP.request({ url: base + '/download/' + name });",
    expect: [
      { product: 'jira', method: 'GET', path: '/rest/api/latest/project/{}/properties/config', auth: 'connect', line: 2 },
      { product: 'unknown', method: 'GET', path: null, auth: 'connect', line: 3 },
    ],
  },
  {
    name: "Jira Software's DevOps APIs on the site, through ACE's client",
    code: "addon.httpClient(req).post({ url: '/rest/builds/0.1/bulk', json: builds });\naddon.httpClient(req).post({ url: '/rest/devinfo/0.10/bulk', json: info });\naddon.httpClient(req).get('/rest/other/1.0/thing');",
    expect: [
      { product: 'jira-software', method: 'POST', path: '/rest/builds/0.1/bulk', auth: 'connect', line: 1 },
      { product: 'jira-software', method: 'POST', path: '/rest/devinfo/0.10/bulk', auth: 'connect', line: 2 },
      { product: 'unknown', method: 'GET', path: '/rest/other/1.0/thing', auth: 'connect', line: 3 },
    ],
  },
  {
    name: 'atlassian-connect-express httpClient',
    code: "const httpClient = addon.httpClient(req);\nhttpClient.get({ url: `/rest/api/3/issue/${key}`, json: true }, cb);\naddon.httpClient(req).asUserByAccountId(id).post('/rest/api/3/issue', cb);",
    expect: [
      { product: 'jira', method: 'GET', path: '/rest/api/3/issue/{}', auth: 'connect', line: 2 },
      { product: 'jira', method: 'POST', path: '/rest/api/3/issue', auth: 'asUser', line: 3 },
    ],
  },
  {
    name: 'authorize() permission checks of @forge/api: a call of the product permission API as the user',
    code: "import { authorize } from '@forge/api';\nconst canEdit = await authorize().onJiraIssue(issueId).canEdit();\nconst perms = await authorize().onJira([{ permissions: ['ADMINISTER'] }]);\nconst { onJiraProject, onConfluenceContent } = authorize();\nawait onJiraProject(projectId).canCreateIssues?.();\nawait onConfluenceContent(pageId).canRead();",
    expect: [
      { product: 'jira', method: 'POST', path: '/rest/api/3/permissions/check', auth: 'asUser', line: 2 },
      { product: 'jira', method: 'POST', path: '/rest/api/3/permissions/check', auth: 'asUser', line: 3 },
      { product: 'jira', method: 'POST', path: '/rest/api/3/permissions/check', auth: 'asUser', line: 5 },
      { product: 'confluence', method: 'POST', path: '/rest/api/content/{}/permission/check', auth: 'asUser', line: 6 },
    ],
  },
];

const notCalls: Array<{ name: string; code: string }> = [
  { name: 'a local function named requestJira', code: 'function requestJira(x) { return x; }\nrequestJira("/rest/api/3/issue");' },
  { name: 'a method of an unrelated object', code: 'client.requestJira("/rest/api/3/myself");' },
  { name: 'authorize() targets not yet checked, or checks the API does not have', code: "import { authorize } from '@forge/api';\nconst issue = authorize().onJiraIssue(id);\nauthorize().onJiraIssue(id).canFly();\nauthorize().onJira;" },
  { name: 'an authorize() of another package', code: "import { authorize } from './auth';\nawait authorize().onJiraIssue(id).canEdit();" },
  { name: 'a string in a comment', code: '// api.asUser().requestJira(route`/rest/api/3/issue`)\nconst x = 1;' },
];

describe('product REST calls', () => {
  for (const c of cases) {
    it(c.name, () => {
      const facts = analyze(c.code);
      assert.deepEqual(facts.restCalls.map((r) => ({ product: r.product, method: r.method, path: r.path, auth: r.auth, line: r.evidence.line })), c.expect);
    });
  }
  for (const c of notCalls) {
    it(`not a call: ${c.name}`, () => assert.deepEqual(analyze(c.code).restCalls, []));
  }
});

describe('a helper given ACE’s product client', () => {
  it('makes REST calls whose responses are product content when callers pass the client, and none when they pass something else', () => {
    const [, helpers] = analyzeFiles({
      'routes/index.js': "import { lookup, readIssue } from '../lib/helpers.js';\nexport default function routes(app, addon) {\n  app.get('/x', addon.authenticate(), async (req, res) => {\n    await readIssue(req.context.http, req.query.issueKey);\n    res.json(lookup(req.body.entries, '/rest/api/3/myself'));\n  });\n}",
      'lib/helpers.js': "export async function readIssue(client, issueKey) {\n  const issue = await client.get(`/rest/api/3/issue/${issueKey}`);\n  console.log(issue);\n}\nexport function lookup(cache, path) {\n  const hit = cache.get(path);\n  console.log(hit);\n  return hit;\n}",
    });
    assert.deepEqual(helpers!.restCalls.map((r) => [r.method, r.path, r.evidence.line]), [['GET', '/rest/api/3/issue/{}', 2]]);
    // `cache.get(path)` is no request: it gives what the cache its caller passes holds.
    assert.deepEqual(helpers!.logs.map((l) => [l.evidence.line, l.carries]), [[3, ['product-content']], [7, ['resolver-payload']]]);
  });
});

describe('productOfPath', () => {
  it('a Jira API base URL with the rest of the path unknown is Jira’s; Confluence v1 without /wiki stays Confluence’s', async () => {
    const { productOfPath } = await import('../../../src/scan/source/detectors/rest-calls.ts');
    assert.deepEqual(['/rest/api/3{}', '/rest/api/2/issue/{}', '/rest/api/latest', '/rest/api/content/{}', '/rest/api/{}', '/rest/api/30/x'].map(productOfPath),
      ['jira', 'jira', 'jira', 'confluence', 'confluence', 'confluence']);
  });
});

describe('calls of an app function with no arguments', () => {
  it('are kept once per function, however often the file calls it', () => {
    const facts = analyze("import api, { route } from '@forge/api';\nfunction jira(useApp = false) {\n  return (useApp ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/myself`);\n}\nexport async function run() {\n  await jira();\n  await jira();\n  for (const x of [1, 2]) await jira();\n}");
    assert.deepEqual(facts.bareCalls, ['#jira']);
  });
});
