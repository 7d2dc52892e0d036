import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('Boolean(value)', () => {
  it('says whether there is a value and holds none of it, as !!value does; a function of the app named Boolean is followed', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': '{ "dependencies": { "@forge/kvs": "1.0.0" } }',
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run() {',
        "  const key = await kvs.getSecret('openai-api-key');",
        '  console.log(Boolean(key));',
        '  console.log(!!key);',
        '  console.log(key);',
        '}',
        'export function check(token) {',
        '  const Boolean = (v) => v;',
        '  console.log(Boolean(token));',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[4, ['other']], [5, ['other']], [6, ['secret']], [10, ['secret']]]);
  });
});
