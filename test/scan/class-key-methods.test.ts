import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("a storage key a class's own method builds (`kvs.set(this.key(id), value)`)", () => {
  it('is what that method returns, with the fields the class gives the prefix', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/kvs': '^1.0.0' } }),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'class Drafts {',
        "  #prefix = 'draft';",
        '  keyOf(...parts) {',
        "    return [this.#prefix, ...parts].join('/');",
        '  }',
        '  async keep(owner, text) {',
        '    await kvs.set(this.keyOf(owner), text);',
        '  }',
        '}',
        'export const Votes = class {',
        '  key(issue) {',
        '    return `vote:${issue}`;',
        '  }',
        '  async count(issue) {',
        '    return kvs.get(this.key(issue));',
        '  }',
        '};',
        'export async function run(req) {',
        '  await new Drafts().keep(req.context.accountId, req.payload.text);',
        '  return new Votes().count(req.payload.issue);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key}`), ['write draft/{}', 'read vote:{}']);
  });
});
