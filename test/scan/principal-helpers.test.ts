import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A Rovo action's helper picks who the request runs as: `asUser()` when the action has a user, else `asApp()`.
const helper = [
  "import { asApp, asUser, route } from '@forge/api';",
  'function getAuthForEvent(request) {',
  '  if (request.context === undefined) {',
  '    return asApp();',
  '  }',
  '  const c = request.context;',
  '  if (c.userAccess?.enabled) {',
  '    return asUser();',
  '  }',
  '  return asApp();',
  '}',
  'const asCaller = (req) => (req.user ? asUser() : asApp());',
  'function userOnly(req) { return asUser(); }',
  'function notAClient(req) { if (req.x) return asUser(); return req.client; }',
  'export async function run(payload) {',
  '  try {',
  '    const apiWithAuth = getAuthForEvent(payload);',
  '    const board = await apiWithAuth.requestJira(route`/rest/agile/1.0/board/${payload.boardId}`);',
  '    await asCaller(payload).requestJira(route`/rest/api/3/issue/${payload.key}`);',
  '    await userOnly(payload).requestConfluence(route`/wiki/api/v2/pages/${payload.id}`);',
  '    await notAClient(payload).requestJira(route`/rest/api/3/myself`);',
  '    return board.json();',
  '  } catch (e) { throw e; }',
  '}',
  '',
].join('\n');

describe('a module function that returns `asApp()` or `asUser()` from every return', () => {
  it('makes the requests on what it returns product requests, as the principal it returns, or one each as the user and as the app', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:board-scope:jira-software', '    - read:jira-work'),
      'src/index.js': helper,
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, c.api, c.evidence.line]), [
      ['GET', '/rest/agile/1.0/board/{}', 'asUser', 'asUser|asApp().requestJira', 18],
      ['GET', '/rest/agile/1.0/board/{}', 'asApp', 'asUser|asApp().requestJira', 18],
      ['GET', '/rest/api/3/issue/{}', 'asUser', 'asUser|asApp().requestJira', 19],
      ['GET', '/rest/api/3/issue/{}', 'asApp', 'asUser|asApp().requestJira', 19],
      ['GET', '/wiki/api/v2/pages/{}', 'asUser', 'asUser().requestConfluence', 20],
    ]);
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
  });
});

describe('a function of another module that returns `asApp()` or `asUser()`', () => {
  it('makes the requests on its result product requests, as its principal or either; a function returning anything else makes none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user', '    - read:page:confluence'),
      'src/auth.js': [
        "import api, { asApp, asUser } from '@forge/api';",
        'export function getAuth(request) {',
        '  if (request.context === undefined) return asApp();',
        '  return asUser();',
        '}',
        'export const userClient = () => api.asUser();',
        'export const appClient = () => api.asApp();',
        'export const notAClient = (x) => x.client;',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import { getAuth, userClient, appClient, notAClient } from './auth';",
        'export async function run(request) {',
        '  const client = getAuth(request);',
        '  await client.requestJira(route`/rest/api/3/issue/${request.key}`);',
        '  await userClient().requestJira(route`/rest/api/3/myself`);',
        '  await appClient().requestConfluence(route`/wiki/api/v2/pages/${request.id}`);',
        '  await notAClient(request).requestJira(route`/rest/api/3/project/search`);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, c.api, c.evidence.line]), [
      // Either, chosen at run time: one call as each, as when the function is in the same module.
      ['GET', '/rest/api/3/issue/{}', 'asUser', 'asUser|asApp().requestJira', 5],
      ['GET', '/rest/api/3/issue/{}', 'asApp', 'asUser|asApp().requestJira', 5],
      ['GET', '/rest/api/3/myself', 'asUser', 'userClient().requestJira', 6],
      ['GET', '/wiki/api/v2/pages/{}', 'asApp', 'appClient().requestConfluence', 7],
    ]);
    assert.deepEqual(facts.scopes.unused.map((u) => u.scope), []);
  });
});

describe('a principal a parameter chooses (`(useApp ? api.asApp() : api.asUser()).requestJira(…)`)', () => {
  it('is one call as each, or the one every caller chooses with a value known where it calls: a flag, a default, a string compared', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '    - read:jira-user'),
      'src/jira.js': [
        "import api, { route } from '@forge/api';",
        'export async function getIssue(key, useApp) {',
        '  const client = useApp ? api.asApp() : api.asUser();',
        '  return client.requestJira(route`/rest/api/3/issue/${key}`);',
        '}',
        'export function req(asApp, path) {',
        '  return (asApp ? api.asApp() : api.asUser()).requestJira(path);',
        '}',
        "export function comment(key, actor = 'user') {",
        "  return (actor === 'app' ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/issue/${key}/comment`, { method: 'POST', body: '{}' });",
        '}',
        'export function search(jql, asUser = false) {',
        '  return (!asUser ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/search/jql?jql=${jql}`);',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import { getIssue, req, comment, search } from './jira';",
        'export async function run(event) {',
        '  await getIssue(event.issue.key, event.system);',
        '  await req(true, route`/rest/api/3/myself`);',
        '  await comment(event.issue.key);',
        "  await comment('X-1', 'user');",
        '  await search(event.jql, true);',
        '  await search();',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, c.evidence.file, c.evidence.line]), [
      ['GET', '/rest/api/3/issue/{}', 'asUser', 'src/jira.js', 4],
      ['GET', '/rest/api/3/issue/{}', 'asApp', 'src/jira.js', 4],
      ['GET', '/rest/api/3/myself', 'asApp', 'src/index.js', 5],
      ['POST', '/rest/api/3/issue/{}/comment', 'asUser', 'src/jira.js', 10],
      ['GET', '/rest/api/3/search/jql?jql={}', 'asUser', 'src/jira.js', 13],
      ['GET', '/rest/api/3/search/jql?jql={}', 'asApp', 'src/jira.js', 13],
    ]);
  });

  it('is one call as each in a handler, which the platform calls too', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export async function run(event, asApp) {',
        '  return (asApp ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/issue/${event.key}`);',
        '}',
        'export const retry = (event) => run(event, true);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.path, c.auth]), [['/rest/api/3/issue/{}', 'asUser'], ['/rest/api/3/issue/{}', 'asApp']]);
  });

  it('is, for a helper called once per path, the principal each caller chooses, not every caller’s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-user', '    - read:jira-work'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function jira(path, useApp = false) {',
        '  return (useApp ? api.asApp() : api.asUser()).requestJira(route`${path}`);',
        '}',
        'export async function run() {',
        "  await jira('/rest/api/3/myself', true);",
        "  await jira('/rest/api/3/serverInfo');",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.path, c.auth, c.evidence.line]), [['/rest/api/3/serverInfo', 'asUser', 7], ['/rest/api/3/myself', 'asApp', 6]]);
  });

  it('is one call as each when the function is also passed as a value, which calls it with what the scan does not see', async () => {
    const files = (handOn: string): Record<string, string> => ({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function issue(key, useApp) {',
        '  return (useApp ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/issue/${key}`);',
        '}',
        'export async function run(event) {',
        '  await issue(event.key, true);',
        `  ${handOn}`,
        '}',
        '',
      ].join('\n'),
    });
    const auths = async (handOn: string): Promise<string[]> => (await scanFiles(files(handOn))).facts.restCalls.map((c) => c.auth);
    assert.deepEqual(await auths('await Promise.all(event.keys.map(issue));'), ['asUser', 'asApp']);
    assert.deepEqual(await auths("const handlers = { read: issue };"), ['asUser', 'asApp']);
    assert.deepEqual(await auths("await issue('X-1', 1);"), ['asApp']);
  });

  it("takes the strings 'false' and '0' for true, as JavaScript does, and false and 0 for false", async () => {
    const auths = async (...args: string[]): Promise<string[]> => (await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function issue(key, useApp = false) {',
        '  return (useApp ? api.asApp() : api.asUser()).requestJira(route`/rest/api/3/issue/${key}`);',
        '}',
        `export async function run(event) { await issue(event.key, ${args.join('); await issue(event.key, ')}); }`,
        '',
      ].join('\n'),
    })).facts.restCalls.map((c) => c.auth);
    assert.deepEqual(await auths("'false'", "'0'"), ['asApp']);
    assert.deepEqual(await auths('false', '0'), ['asUser']);
  });
});
