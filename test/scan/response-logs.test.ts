import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const logs = (facts: Facts) => facts.logs.map((l) => `${l.evidence.line} [${l.carries.join(',')}]`);

describe('a logged response object', () => {
  it('prints the status, headers and URL of a fetch-style response, and the body once it is read', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/api': '^5.0.0', 'node-fetch': '^3.3.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import fetch from 'node-fetch';",
        'export async function run(event) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
        '  console.log(res);',
        '  const data = await res.json();',
        '  console.log(data);',
        '  const users = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${event.user.accountId}`);',
        "  console.log('users', users);",
        '  console.log(await users.text());',
        "  const remote = await fetch('https://api.example.com/things');",
        '  console.log(remote);',
        "  console.log(await api.asUser().requestJira(route`/rest/api/3/myself`));",
        '}',
      ].join('\n'),
    });
    // The issue read names no fields: the whole issue holds its assignee, reporter and creator.
    assert.deepEqual(logs(facts), [
      '5 [other]',
      '7 [account-id,display-name,email,product-content]',
      '9 [account-id]',
      '10 [account-id,display-name,email,product-content]',
      '12 [other]',
      '13 [other]',
    ]);
  });

  it('is the same for a parameter the function reads as a response (`parse(response)` that calls `response.text()`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-user'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function parse(response) {',
        '  const body = await response.text();',
        "  console.log(response, 'response');",
        '  if (!response.ok) console.error(response);',
        '  console.log(body);',
        '  return JSON.parse(body);',
        '}',
        'function show(user) {',
        '  console.log(user);',
        '}',
        'export async function run() {',
        "  const me = await parse(await api.asUser().requestJira(route`/rest/api/3/myself`));",
        '  show(me);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(logs(facts), [
      '4 [other]',
      '5 [other]',
      '6 [account-id,display-name,email,product-content]',
      '10 [account-id,display-name,email,product-content]',
    ]);
  });

  it('is the same when the promise\'s callback is handed the response (`.then((res) => console.log(res))`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export function run(event) {',
        '  api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`).then((res) => console.log(res));',
        '  api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`).then((r) => r.json()).then((data) => console.info(data));',
        '  return api.asApp().requestJira(route`/rest/api/3/issue/X-1`).then(function (res) {',
        '    return res.json().then(({ fields }) => console.log(fields.summary));',
        '  });',
        '}',
      ].join('\n'),
    });
    // The whole issue holds its user fields (no fields named: all of them); its summary holds no one.
    assert.deepEqual(logs(facts), ['3 [other]', '4 [account-id,display-name,email,product-content]', '6 [product-content]']);
  });

  it('keeps what an axios response holds, whose data is printed with it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - api.openai.com'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/api': '^5.0.0', axios: '^1.7.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import axios from 'axios';",
        'export async function run(event) {',
        '  const issue = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`)).json();',
        "  const body = { model: 'gpt-4o', messages: [{ role: 'user', content: issue.fields.description }] };",
        "  const viaAxios = await axios.post('https://api.openai.com/v1/chat/completions', body);",
        '  console.log(viaAxios);',
        "  const viaFetch = await api.fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify(body) });",
        '  console.log(viaFetch);',
        '  console.log(await viaFetch.json());',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(logs(facts), ['7 [product-content]', '9 [other]', '10 [product-content]']);
  });
});

describe('why a language model stopped answering', () => {
  it('is a status of its answer, not the answer: `finish_reason` and `stop_reason` carry none of what was asked', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/llm': '^1.0.0', '@forge/resolver': '^1.0.0' } }),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { chat } from '@forge/llm';",
        'const resolver = new Resolver();',
        "resolver.define('summarise', async ({ payload }) => {",
        "  const answer = await chat({ model: 'claude', messages: [{ role: 'user', content: payload.text }] });",
        '  console.log(`finish=${answer.choices[0].finish_reason}`);',
        "  console.log('stopped', answer.stop_reason);",
        "  console.log('said', answer.choices[0].message.content);",
        '  return answer;',
        '});',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    assert.deepEqual(logs(facts), ['6 [other]', '7 [other]', '8 [resolver-payload]']);
  });
});
