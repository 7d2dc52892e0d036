import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A trigger that hands an issue to each integration of a list: the list's items are objects of the app's functions, and the
// code calls the same function of each, destructured from the item or on it.
describe('an array of objects of functions the code calls the same function of (`for (const { send } of channels) send(issue)`)', () => {
  it('gives each of those functions what the call passes: an object of the array, of the module, a module imported whole or an object it exports', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '  external:', '    fetch:', '      backend:', '        - https://*.example.com'),
      'src/slack.js': "export async function send(data) { await fetch('https://slack.example.com/hook', { method: 'POST', body: JSON.stringify(data) }); }\n",
      'src/mail.js': "export const mail = { send: (data) => fetch('https://mail.example.com/send', { method: 'POST', body: JSON.stringify(data) }) };\n",
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import * as slack from './slack';",
        "import { mail } from './mail';",
        "const teams = { send: (data) => fetch('https://teams.example.com/hook', { method: 'POST', body: JSON.stringify(data) }) };",
        'const integrations = [',
        "  { createTask: (issue) => fetch('https://tasks.example.com/v1/tasks', { method: 'POST', body: JSON.stringify({ title: issue.fields.summary }) }) },",
        "  { createTask(issue) { return fetch('https://todo.example.com/v1/todos', { method: 'PUT', body: issue.fields.description }); } },",
        '];',
        'const channels = [slack, teams];',
        "const sizes = ['small', 'large'];",
        'export async function run(event) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.id}`);',
        '  const issue = await res.json();',
        '  await Promise.all(integrations.map(({ createTask }) => createTask(issue)));',
        '  for (const { send } of channels) await send(issue);',
        '  for (const channel of [mail]) await channel.send(issue.fields.summary);',
        '  for (const { length } of sizes) console.log(length);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.host} ${c.carries.join(',')}`), [
      'src/index.js:4 teams.example.com account-id,display-name,email,product-content',
      'src/index.js:6 tasks.example.com product-content',
      'src/index.js:7 todo.example.com product-content',
      'src/mail.js:1 mail.example.com product-content',
      'src/slack.js:1 slack.example.com account-id,display-name,email,product-content',
    ]);
  });
});
