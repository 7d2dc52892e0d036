import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const manifest = panelManifest('storage:app');

describe('resolver functions defined from objects of functions in a loop', () => {
  it('Object.entries of one object or of several spread into one: each function is the resolver of its key', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/notes.js': [
        "import { kvs } from '@forge/kvs';",
        'export const noteResolvers = {',
        '  saveNote: async ({ payload, context }) => {',
        '    await kvs.set(`note:${payload.issueKey}`, { text: payload.text, by: context.accountId });',
        '  },',
        '};',
      ].join('\n'),
      'src/settings.js': [
        "import { kvs } from '@forge/kvs';",
        'export const settingsResolvers = {',
        '  saveSettings: async (req) => { await kvs.set("settings", req.payload); },',
        '};',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { noteResolvers } from './notes';",
        "import { settingsResolvers } from './settings';",
        'const resolver = new Resolver();',
        'for (const [name, fn] of Object.entries({ ...noteResolvers })) resolver.define(name, fn);',
        'Object.entries(settingsResolvers).forEach(([name, fn]) => resolver.define(name, fn));',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'static/src/App.js': [
        "import { invoke } from '@forge/bridge';",
        "export const save = (issueKey, text) => invoke('saveNote', { issueKey, text });",
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['note:{}', ['account-id', 'resolver-payload'], 'src/notes.js:4'],
      ['settings', ['resolver-payload'], 'src/settings.js:3'],
    ]);
  });
});
