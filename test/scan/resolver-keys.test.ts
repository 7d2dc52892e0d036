import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = panelManifest('storage:app');
const frontEnd = [
  "import { invoke } from '@forge/bridge';",
  "export const save = (user, text) => invoke('saveNote', { text, by: user.emailAddress });",
  "export const label = (user) => invoke('saveLabel', { label: user.displayName });",
  '',
].join('\n');

describe('resolver functions defined under a constant of an enum or an object (`resolver.define(Actions.SaveNote, …)`)', () => {
  it('are the functions the front end invokes by the string of an enum member of the module', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "enum Actions { SaveNote = 'saveNote' }",
        'const resolver = new Resolver();',
        'resolver.define(Actions.SaveNote, async ({ payload }) => {',
        "  await kvs.set('note', payload.by);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['note email,resolver-payload']);
  });

  it('give storage keys the strings of enum members, of the module or exported by another', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/keys.ts': "export enum StorageKey { Settings = 'settings', Cache = 'cache' }\nexport enum Level { Low, High }\n",
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { StorageKey, Level } from './keys';",
        "enum Prefix { Note = 'note-' }",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload }) => {",
        '  await kvs.set(StorageKey.Settings, payload.settings);',
        '  await kvs.set(`${Prefix.Note}${payload.id}`, payload.text);',
        '  await kvs.set(`level-${Level.High}`, 1);',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => s.key), ['settings', 'note-{}', 'level-{}']);
  });

  it('are defined on a resolver made from the app\'s subclass of Resolver, of the module or another module\'s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/lib/safe-resolver.ts': [
        "import Resolver from '@forge/resolver';",
        'export class SafeResolver extends Resolver {}',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { SafeResolver } from './lib/safe-resolver';",
        'class AppResolver extends Resolver {}',
        'const resolver = new AppResolver();',
        "resolver.define('saveNote', async ({ payload }) => {",
        "  await kvs.set('note', payload.by);",
        '});',
        'export const handler = resolver.getDefinitions();',
        'const labelResolver = new SafeResolver();',
        "labelResolver.define('saveLabel', async ({ payload }) => {",
        "  await kvs.set('label', payload.label);",
        '});',
        'export const labels = labelResolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['note email,resolver-payload', 'label display-name,resolver-payload']);
  });

  it('are named by constants of other modules, on the back end and in the front end that invokes them', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
      'src/keys.ts': "export enum Labels { Save = 'saveLabel' }\n",
      'shared/resolvers.js': "export const RESOLVERS = { SAVE_NOTE: 'saveNote', GET_NOTE: 'getNote' };\n",
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { Labels } from './keys';",
        "import { RESOLVERS } from '../shared/resolvers';",
        'const resolver = new Resolver();',
        'resolver.define(Labels.Save, async ({ payload }) => {',
        "  await kvs.set('label', payload.label);",
        '});',
        'resolver.define(RESOLVERS.SAVE_NOTE, async ({ payload }) => {',
        "  await kvs.set('note', payload.by);",
        '});',
        "resolver.define(RESOLVERS.GET_NOTE, async ({ context }) => ({ owner: context.accountId, note: await kvs.get('note') }));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/src/App.js': [
        "import { invoke } from '@forge/bridge';",
        "import { RESOLVERS } from '../../shared/resolvers';",
        "export const label = (user) => invoke('saveLabel', { label: user.displayName });",
        'export const save = (user) => invoke(RESOLVERS.SAVE_NOTE, { by: user.emailAddress });',
        'export async function show() {',
        '  const note = await invoke(RESOLVERS.GET_NOTE);',
        "  console.log('note', note);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key} ${s.carries.join(',')}`), [
      'write label display-name,resolver-payload',
      'write note email,resolver-payload',
      'read note ',
    ]);
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.carries.join(',')}`), ['static/src/App.js:7 account-id,email,resolver-payload']);
  });
});
