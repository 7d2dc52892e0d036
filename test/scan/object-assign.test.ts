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

});
