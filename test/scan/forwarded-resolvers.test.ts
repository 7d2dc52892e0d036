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

describe('resolver functions registered through a function of another module', () => {
  it('a wrapper handed the resolver (define(resolver, name, fn)): the handler receives the payload and context of that function', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/lib/define.js': 'export const define = (resolver, name, fn) => resolver.define(name, async (req) => fn(req.payload, req.context));\n',
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { define } from './lib/define';",
        'const resolver = new Resolver();',
        "define(resolver, 'save', async (payload, ctx) => kvs.set(`u-${ctx.accountId}`, payload));",
        "define(resolver, 'ping', async (payload) => kvs.set('pinged', Date.now()));",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['u-{}', ['account-id', 'email', 'resolver-payload'], 'src/index.js:5'],
      ['pinged', ['other'], 'src/index.js:6'],
    ]);
  });

  it('a module keeping the resolver (export function handler(name, fn)): its callers\' handlers receive what it hands them', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/lib/resolver.js': [
        "import Resolver from '@forge/resolver';",
        'const resolver = new Resolver();',
        'export function handler(name, fn) {',
        '  resolver.define(name, async (req) => {',
        "    if (!req.context.accountId) throw new Error('signed out');",
        '    return fn(req);',
        '  });',
        '}',
        'export const definitions = resolver.getDefinitions();',
      ].join('\n'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { handler as define, definitions } from './lib/resolver';",
        "define('save', async ({ payload, context }) => kvs.set(`draft:${context.accountId}`, payload));",
        'export const handler = definitions;',
      ].join('\n'),
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['draft:{}', ['account-id', 'email', 'resolver-payload'], 'src/index.js:3'],
    ]);
  });

  it('a wrapper of another registry, or one that never calls the function, hands it no request', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/lib/define.js': [
        'export const define = (registry, name, fn) => registry.define(name, async (req) => fn(req.payload));',
        'export const later = (name, fn) => ({ name, fn });',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { define, later } from './lib/define';",
        "import { commands } from './commands';",
        'const resolver = new Resolver();',
        "define(commands, 'save', async (payload) => kvs.set('command', payload));",
        "later('save', async (payload) => kvs.set('later', payload));",
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'src/commands.js': 'export const commands = { define: (name, fn) => fn({ payload: name }) };\n',
      'static/src/App.js': frontEnd,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['command', ['other'], 'src/index.js:6'],
      ['later', ['other'], 'src/index.js:7'],
    ]);
  });
});
