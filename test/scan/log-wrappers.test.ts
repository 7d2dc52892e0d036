import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);
const manifest = panelManifest('storage:app');
const wrapper = [
  'export function log(message, data) {',
  '  console.log(message, JSON.stringify(data));',
  '}',
  'export function note(text) {',
  "  console.info('note', text);",
  '}',
].join('\n');

describe('a logging wrapper of the app', () => {
  it('is a log call at each caller handing it End-User Data or a secret, via the wrapper\'s call, which keeps what the others hand it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/log.js': wrapper,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { log, note } from './log';",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload, context }) => {",
        "  log('saving', payload);",
        "  log('started', { at: Date.now() });",
        "  log('key', process.env.API_KEY);",
        // A function that logs a message of its own is no wrapper: its call holds what its callers pass.
        '  note(payload.text);',
        '  return true;',
        '});',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries, at(l.via)]), [
      ['src/log.js:2', ['other'], null],
      ['src/index.js:5', ['resolver-payload'], 'src/log.js:2'],
      ['src/index.js:7', ['secret'], 'src/log.js:2'],
      ['src/log.js:5', ['resolver-payload'], null],
    ]);
  });

  it('called with constants only, stays one log call at the wrapper', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{}',
      'src/log.js': wrapper,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { log } from './log';",
        'const resolver = new Resolver();',
        "resolver.define('save', async () => {",
        "  log('saving', { count: 1 });",
        "  log('saved', 'ok');",
        '  return true;',
        '});',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries, at(l.via)]), [['src/log.js:2', ['other'], null], ['src/log.js:5', ['other'], null]]);
  });
});
