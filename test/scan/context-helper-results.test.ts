import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const RESOLVER = [
  "import Resolver from '@forge/resolver';",
  "import { kvs } from '@forge/kvs';",
  '',
  'const resolver = new Resolver();',
  '',
  'function boardOf(context) {',
  '  const board = context.extension.board;',
  '  return { id: board.id, title: board.title || board.name };',
  '}',
  'const panelOf = (ctx) => ctx.extension;',
  'const viewerOf = (context) => ({ who: context.accountId });',
  'const whole = (context) => context;',
  '',
  'resolver.define(\'save\', async ({ payload, context }) => {',
  '  const board = boardOf(context);',
  "  await kvs.set('board', { title: board.title, at: payload.at });",
  "  await kvs.set('panel', panelOf(context));",
  "  await kvs.set('viewer', viewerOf(context).who);",
  "  await kvs.set('whole', whole(context));",
  '});',
  '',
  'resolver.define(\'load\', async (req) => {',
  "  await kvs.set('request-panel', panelOf(req.context));",
  '});',
  '',
  'export const handler = resolver.getDefinitions();',
  '',
].join('\n');

describe('a helper handed Forge’s context', () => {
  it('returns the fields of the context it reads, not the whole context', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '^1.6.0', '@forge/kvs': '^1.0.0' } }),
      'src/index.js': RESOLVER,
    });
    const carried = Object.fromEntries(facts.storage.map((s) => [s.key, s.carries]));
    assert.deepEqual(carried, {
      board: ['resolver-payload'],
      panel: ['resolver-payload'],
      viewer: ['account-id'],
      whole: ['account-id', 'resolver-payload'],
      'request-panel': ['resolver-payload'],
    });
  });
});
