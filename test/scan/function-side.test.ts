import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('which side a file runs on', () => {
  it('a resolver module that also imports @forge/bridge still runs in a function; a module with only the bridge runs in the browser', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '1.6.0', '@forge/bridge': '4.0.0' } }),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { view } from '@forge/bridge';",
        'const resolver = new Resolver();',
        "resolver.define('get', (req) => {",
        '  console.log(req.context.accountId);',
        '});',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
      'src/panel.ts': [
        "import { view } from '@forge/bridge';",
        "import type { Request } from '@forge/api';",
        'export async function load() {',
        '  const context = await view.getContext();',
        '  console.log(context.accountId);',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.side} ${l.evidence.file}:${l.evidence.line}`), ['backend src/index.js:5', 'frontend src/panel.ts:5']);
  });
});
