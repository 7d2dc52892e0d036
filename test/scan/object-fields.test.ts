import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('fields of the app\'s own objects (`{ ...settings, apiToken }`, `const { apiToken, ...rest } = body`)', () => {
  it('carry what the property or the spread giving them holds, and a rest what the properties left hold', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run(event, context) {',
        '  const owner = { by: context.principal.accountId };',
        '  const apiToken = process.env.API_TOKEN;',
        '  const cfg = { ...owner, apiToken, site: event.site };',
        "  await kvs.set('cfg-site', { site: cfg.site });",
        "  await kvs.set('cfg-by', cfg.by);",
        "  await kvs.set('cfg', { ...cfg });",
        '  const body = { apiToken, notes: event.notes, owner: context.principal.accountId };',
        '  const { apiToken: left, owner: by, ...rest } = body;',
        "  await kvs.set('rest', rest);",
        '  const { notes, ...kept } = body;',
        "  await kvs.set('kept', kept);",
        '  const { apiToken: none, ...others } = event;',
        "  await kvs.set('others', others);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.line}`), [
      'cfg-site resolver-payload 6',
      'cfg-by account-id 7',
      'cfg account-id,resolver-payload,secret 8',
      'rest resolver-payload 11',
      'kept account-id,secret 13',
      'others resolver-payload 15',
    ]);
  });
});
