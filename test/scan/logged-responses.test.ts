import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../src/scan/source/analyze-file.ts';
import { Scope } from '../../src/scan/source/scope.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a fetch `Response` handed to a log wrapper of another module (`dump(res, \'status\')`)', () => {
  it('prints as a response, its status and URL; the body read from it and handed over is still logged as such', async () => {
    const dump = [
      'export function dump(value, label) {',
      '  console.log(label, JSON.stringify(value));',
      '}',
    ].join('\n');
    const parse = [
      'export async function show(res, label) {',
      '  console.log(label, await res.json());',
      '}',
    ].join('\n');
    const index = [
      "import Resolver from '@forge/resolver';",
      "import api, { route } from '@forge/api';",
      "import { dump } from './dump';",
      "import { show } from './parse';",
      'const resolver = new Resolver();',
      "resolver.define('comments', async ({ payload }) => {",
      '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}/comment`);',
      "  dump(res, 'status');",
      "  show(res, 'comments');",
      '  const body = await res.json();',
      "  dump(body, 'body');",
      '  return body;',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': panelManifest('read:jira-work'), 'src/index.js': index, 'src/dump.js': dump, 'src/parse.js': parse });
    const logs = facts.logs.map((l) => [`${l.evidence.file}:${l.evidence.line}`, l.carries.includes('product-content')]);
    // The response's caller leaves the wrapper's own call as it is: nothing of the comments.
    assert.deepEqual(logs, [['src/dump.js:2', false], ['src/index.js:11', true], ['src/index.js:9', true]]);
  });
});

describe('the values handed to the app\'s functions', () => {
  it('are looked at as fetch responses only in a module that may get one (it names fetch or imports a module answering with one)', () => {
    const n = 200;
    const body = [
      "import { record } from './audit';",
      'export function run(event) {',
      ...Array.from({ length: n }, (_, i) => `  const v${i} = event.items.slice(${i});\n  record(v${i});`),
      '}',
    ].join('\n');
    const lookups = (text: string): number => {
      const target = Scope.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
      const original = target['lookup']!;
      let calls = 0;
      target['lookup'] = function (this: unknown, ...args: unknown[]) {
        calls++;
        return original.apply(this, args);
      };
      try {
        analyzeFile({ file: 'src/index.js', text, side: 'backend' });
      } finally {
        target['lookup'] = original;
      }
      return calls;
    };
    const none = lookups(body);
    const some = lookups(`import fetch from 'node-fetch';\n${body}`);
    assert.ok(some - none >= n, `${none} lookups without fetch, ${some} with it`);
  });
});
