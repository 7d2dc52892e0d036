import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('names destructured from `await Promise.all([…])`', () => {
  it('hold what their own promise gives, not what the others give', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { kvs } from '@forge/kvs';",
        'export async function run({ payload, context }) {',
        '  const key = context.extension.project.key;',
        '  const [project, prefs] = await Promise.all([',
        '    api.asApp().requestJira(route`/rest/api/3/project/${key}`).then((r) => r.json()),',
        "    kvs.get('prefs'),",
        '  ]);',
        "  await kvs.set('prefs', { colour: payload.colour, size: prefs?.size ?? 1 });",
        "  await kvs.set('last-project', { about: project.description });",
        '}',
        '',
      ].join('\n'),
    });
    const writes = facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')}`);
    assert.deepEqual(writes, ['prefs resolver-payload', 'last-project product-content']);
  });

  it('a rest element holds what every later promise gives', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { kvs } from '@forge/kvs';",
        'export async function run({ context }) {',
        '  const key = context.extension.project.key;',
        '  const [prefs, ...rest] = await Promise.all([',
        "    kvs.get('prefs'),",
        "    kvs.get('colours'),",
        '    api.asApp().requestJira(route`/rest/api/3/project/${key}`).then((r) => r.json()),',
        '  ]);',
        "  await kvs.set('snapshot', { size: prefs?.size ?? 1, rest });",
        '}',
        '',
      ].join('\n'),
    });
    const writes = facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')}`);
    // The project: its description and its lead.
    assert.deepEqual(writes, ['snapshot account-id,display-name,email,product-content']);
  });
});
