import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '    - storage:app');

describe('objects made by `Object.assign` (`Object.assign({}, defaults, { email })`, `Object.assign(opts, { method })`)', () => {
  it('carry field by field what the sources give, as a spread does', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run(event, context) {',
        '  const defaults = { theme: \'dark\' };',
        '  const prefs = Object.assign({}, defaults, { owner: context.principal.accountId, notes: event.notes });',
        "  await kvs.set('theme', prefs.theme);",
        "  await kvs.set('owner', prefs.owner);",
        '  const { owner, ...rest } = Object.assign({ createdAt: Date.now() }, { owner: context.principal.accountId });',
        "  await kvs.set('rest', rest);",
        "  await kvs.set('prefs', prefs);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.line}`), [
      'theme literal 5',
      'owner account-id 6',
      'rest other 8',
      'prefs account-id,resolver-payload 9',
    ]);
  });

  it('give the object they are called on what the sources hold: a request\'s method, a logged object\'s data', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'export async function run(event) {',
        '  const me = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
        "  const options = { headers: { Accept: 'application/json' } };",
        "  Object.assign(options, { method: 'PUT', body: JSON.stringify({ fields: { summary: event.summary } }) });",
        '  await api.asUser().requestJira(route`/rest/api/3/issue/${event.key}`, options);',
        '  const entry = { at: Date.now() };',
        '  Object.assign(entry, { by: me.displayName });',
        "  console.log('edited', entry);",
        '  const state = { steps: [] };',
        '  Object.assign(state.steps, [me.emailAddress]);',
        "  console.log('state', state);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path}`), ['GET /rest/api/3/myself', 'PUT /rest/api/3/issue/{}']);
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['9 display-name', '12 email']);
  });
});
