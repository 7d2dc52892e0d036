import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user');
const requests = (facts: Facts): string[][] => facts.restCalls.map((c) => [c.path!, c.auth, `${c.evidence.file}:${c.evidence.line}`]);

describe('a principal of @forge/api another module makes', () => {
  it('a function choosing it by a parameter acts as each call picks; a value it exports, as it was made', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/requester.js': [
        "import api, { asUser, asApp } from '@forge/api';",
        'export const jiraAs = (user) => (user ? asUser() : asApp());',
        'export const admin = api.asApp();',
        'const requester = asUser();',
        'export default requester;',
      ].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import requester, { jiraAs, admin } from './requester';",
        'export async function run(event) {',
        '  await jiraAs(true).requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
        '  const app = jiraAs(false);',
        "  await app.requestJira(route`/rest/api/3/project`);",
        '  await jiraAs(event.asUser).requestJira(route`/rest/api/3/field`);',
        '  await requester.requestJira(route`/rest/api/3/myself`);',
        '  await admin.requestJira(route`/rest/api/3/users/search`);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(requests(facts), [
      ['/rest/api/3/issue/{}', 'asUser', 'src/index.js:4'],
      ['/rest/api/3/project', 'asApp', 'src/index.js:6'],
      // Chosen by a value not known here: one call as each, as when the module that chooses makes the request.
      ['/rest/api/3/field', 'asUser', 'src/index.js:7'],
      ['/rest/api/3/field', 'asApp', 'src/index.js:7'],
      ['/rest/api/3/myself', 'asUser', 'src/index.js:8'],
      ['/rest/api/3/users/search', 'asApp', 'src/index.js:9'],
    ]);
  });

  it('a principal exported as the default value itself, or as a named one, and a chooser handed a run-time value', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/user.js': ["import api from '@forge/api';", 'export default api.asUser();'].join('\n'),
      'src/app.js': ["import { asApp } from '@forge/api';", 'export const jira = asApp();'].join('\n'),
      'src/choose.js': ["import api from '@forge/api';", 'export const client = (asUser) => (asUser ? api.asUser() : api.asApp());'].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import user from './user';",
        "import { jira } from './app';",
        "import { client } from './choose';",
        'export async function run({ payload }) {',
        '  await user.requestJira(route`/rest/api/3/myself`);',
        '  await jira.requestJira(route`/rest/api/3/project`);',
        '  const chosen = client(payload.asUser);',
        '  await chosen.requestJira(route`/rest/api/3/field`);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.path!, c.auth, c.api, `${c.evidence.file}:${c.evidence.line}`]), [
      ['/rest/api/3/myself', 'asUser', 'requestJira', 'src/index.js:6'],
      ['/rest/api/3/project', 'asApp', 'jira.requestJira', 'src/index.js:7'],
      ['/rest/api/3/field', 'asUser', 'asUser|asApp().requestJira', 'src/index.js:9'],
      ['/rest/api/3/field', 'asApp', 'asUser|asApp().requestJira', 'src/index.js:9'],
    ]);
  });

  it('a value another module exports that is no principal makes no product request', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/fake.js': [
        'export const offline = { requestJira: async (path) => ({ path, ok: true }) };',
        'const cache = new Map();',
        'export default cache;',
      ].join('\n'),
      'src/index.js': [
        "import cache, { offline } from './fake';",
        'export async function run(event) {',
        "  await offline.requestJira('/rest/api/3/myself');",
        "  return cache.requestJira('/rest/api/3/project');",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(requests(facts), []);
  });

  it('a principal CommonJS exports, as the module itself or as one of its members', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/user.js': ["const api = require('@forge/api');", 'module.exports = api.asUser();'].join('\n'),
      'src/app.js': ["const api = require('@forge/api');", 'module.exports.jira = api.asApp();', 'exports.other = api.asUser();'].join('\n'),
      'src/index.js': [
        "const { route } = require('@forge/api');",
        "const user = require('./user');",
        "const { jira, other } = require('./app');",
        'exports.run = async () => {',
        '  await user.requestJira(route`/rest/api/3/myself`);',
        '  await jira.requestJira(route`/rest/api/3/project`);',
        '  await other.requestJira(route`/rest/api/3/field`);',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(requests(facts), [
      ['/rest/api/3/myself', 'asUser', 'src/index.js:5'],
      ['/rest/api/3/project', 'asApp', 'src/index.js:6'],
      ['/rest/api/3/field', 'asUser', 'src/index.js:7'],
    ]);
  });
});
