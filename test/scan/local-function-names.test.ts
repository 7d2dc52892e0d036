import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const logged = (facts: Facts): Array<[number, string[]]> => facts.logs.map((l) => [l.evidence.line, l.carries]);
const app = (index: string[]): Record<string, string> => ({ 'manifest.yml': panelManifest(), 'package.json': '{}', 'src/index.js': index.join('\n') });

describe('functions of the same name that functions declare', () => {
  it('two callbacks of one function each declaring a `render`: each is handed only what its own callback passes', async () => {
    const { facts } = await scanFiles(app([
      "import Resolver from '@forge/resolver';",
      'const resolver = new Resolver();',
      'export function register() {',
      "  resolver.define('save', async ({ payload }) => {",
      '    function render(note) { console.log(note); }',
      '    render(payload);',
      '  });',
      "  resolver.define('ping', async () => {",
      '    const render = (status) => { console.info(status); };',
      "    render('pong');",
      '  });',
      '}',
      'register();',
      'export const handler = resolver.getDefinitions();',
    ]));
    assert.deepEqual(logged(facts), [[5, ['resolver-payload']], [9, ['literal']]]);
  });

  it('two top-level functions each declaring a `render`, one after the callback that calls it: each its own', async () => {
    const { facts } = await scanFiles(app([
      "import Resolver from '@forge/resolver';",
      'const resolver = new Resolver();',
      'export function routes() {',
      "  resolver.define('save', async ({ payload }) => render(payload));",
      '  function render(note) { console.log(note); }',
      '}',
      'export function pages() {',
      "  resolver.define('home', async () => render('home'));",
      '  function render(page) { console.info(page); }',
      '}',
      'routes();',
      'pages();',
      'export const handler = resolver.getDefinitions();',
    ]));
    assert.deepEqual(logged(facts), [[5, ['resolver-payload']], [9, ['literal']]]);
  });
});
