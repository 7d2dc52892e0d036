import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const manifest = panelManifest('storage:app');
const frontEnd = [
  "import { invoke } from '@forge/bridge';",
  "export const save = (text, email) => invoke('save', { text, email });",
].join('\n');

describe('resolver functions registered through a function of the app', () => {
  it('the handler a wrapper hands the request to receives it, with what front ends send its name', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/notes.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function saveNote(req) {',
        "  await kvs.set('note', req.payload);",
        '}',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { saveNote } from './notes';",
        'const resolver = new Resolver();',
        'const define = (name, handler) => resolver.define(name, async (req) => {',
        "  if (!req.context.accountId) throw new Error('signed out');",
        '  return handler(req);',
        '});',
        "define('save', async ({ payload, context }) => {",
        '  await kvs.set(`draft:${context.accountId}`, payload);',
        '});',
        "define('saveNote', saveNote);",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['draft:{}', ['account-id', 'email', 'resolver-payload'], 'src/index.js:10'],
      ['note', ['resolver-payload'], 'src/notes.js:3'],
    ]);
  });

  it('a wrapper handing on the payload and the context: each parameter of the handler receives its own', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        'function secured(name: string, fn: (payload: unknown, context: any) => Promise<unknown>) {',
        '  resolver.define(name, async (req) => {',
        '    try {',
        '      return { ok: true, data: await fn(req.payload, req.context) };',
        '    } catch (e) {',
        '      return { ok: false };',
        '    }',
        '  });',
        '}',
        "secured('save', async (payload, context) => {",
        "  await kvs.set('settings', { value: payload, by: context.accountId, site: context.cloudId });",
        '});',
        "secured('ping', async () => 'pong');",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['settings', ['account-id', 'email', 'resolver-payload'], 'src/index.ts:14'],
    ]);
  });
});
