import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work');

// A helper takes the product client as a parameter, acting as the app unless its caller hands another.
const client = [
  "import api, { route } from '@forge/api';",
  'export async function readTicket(key, requester = api.asApp()) {',
  '  const res = await requester.requestJira(route`/rest/api/3/issue/${key}`);',
  '  return res.json();',
  '}',
  'export async function addNote(key, text, requester) {',
  "  return requester.requestJira(route`/rest/api/3/issue/${key}/comment`, { method: 'POST', body: JSON.stringify({ body: text }) });",
  '}',
  'export async function findTickets(jql, requester) {',
  '  return requester.requestJira(route`/rest/api/3/search/jql?jql=${jql}`);',
  '}',
  'export const search = (jql, requester) => findTickets(jql, requester);',
  '',
].join('\n');

describe('a request through a product client the function\'s callers hand it', () => {
  it('acts as what they hand it, or as the parameter\'s default where they leave it out, through helpers that pass it on', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/jira.js': client,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import api from '@forge/api';",
        "import { readTicket, addNote, search } from './jira';",
        'const resolver = new Resolver();',
        "resolver.define('open', async ({ payload, context }) => {",
        '  const mine = api.asUser();',
        '  await readTicket(payload.key);',
        '  await readTicket(payload.key, mine);',
        '  await addNote(payload.key, payload.text, api.asUser(context.accountId));',
        '  return search(payload.jql, mine);',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path}`), [
      'asApp GET /rest/api/3/issue/{}',
      'asUser GET /rest/api/3/issue/{}',
      'asUser POST /rest/api/3/issue/{}/comment',
      'asUser GET /rest/api/3/search/jql?jql={}',
    ]);
  });

  it('stays as whoever they choose when a caller hands something not known here, or none calls it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/jira.js': client,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { readTicket } from './jira';",
        'const resolver = new Resolver();',
        "resolver.define('open', async ({ payload }) => readTicket(payload.key, payload.requester));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path}`), [
      'unknown GET /rest/api/3/issue/{}',
      'unknown GET /rest/api/3/search/jql?jql={}',
    ]);
  });
});
