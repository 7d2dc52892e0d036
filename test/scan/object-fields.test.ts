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

  it('leave out what a rest leaves out of a payload, a parameter or what a function returns, and a field of an object a caller passes is that property', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:', '  jira:adminPage:', '    - key: admin', '      resource: main', '      resolver:', '        function: resolver', '      title: Admin',
        '  function:', '    - key: resolver', '      handler: index.handler', 'resources:', '  - key: main', '    path: static/build',
        'permissions:', '  scopes:', '    - storage:app', 'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b21',
        '  runtime:', '    name: nodejs24.x', '',
      ].join('\n'),
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0","@forge/resolver":"1.6.0"}}',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { saveSettings, loadSettings } from './settings';",
        'const resolver = new Resolver();',
        "resolver.define('saveConfig', async ({ payload }) => {",
        '  const { apiToken, ...settings } = payload;',
        "  await kvs.setSecret('token', apiToken);",
        "  await kvs.set('settings', settings);",
        '  await saveSettings({ site: payload.site, apiToken });',
        '  const { apiToken: stored, ...shown } = await loadSettings();',
        "  console.log('shown', shown);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/settings.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function saveSettings(config) {',
        '  const { apiToken, ...rest } = config;',
        "  await kvs.set('public', rest);",
        "  console.log('site', config.site);",
        '}',
        'export async function loadSettings() {',
        "  const apiToken = await kvs.getSecret('token');",
        "  return { apiToken, site: 'example' };",
        '}',
        '',
      ].join('\n'),
      'static/package.json': '{"dependencies":{"@forge/bridge":"4.0.0"}}',
      'static/src/app.js': "import { invoke } from '@forge/bridge';\nexport async function save(site, apiToken, user) {\n  await invoke('saveConfig', { site, apiToken, owner: user.accountId });\n}\n",
    });
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.file}:${s.evidence.line}`), [
      'token secret src/index.js:7',
      'settings account-id,resolver-payload src/index.js:8',
      'public resolver-payload src/settings.js:4',
    ]);
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.file}:${l.evidence.line}`), [
      'literal src/index.js:11',
      'resolver-payload src/settings.js:5',
    ]);
  });
});
