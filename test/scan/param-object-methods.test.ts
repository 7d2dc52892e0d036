import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('methods every object has, called on a parameter', () => {
  it('are no product requests: `groupId.toString()`, `size.valueOf()` in a helper', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
      'src/index.js': [
        "import { storage } from '@forge/api';",
        'async function clear(groupId, size) {',
        '  await storage.delete(`group-${groupId.toString()}`);',
        '  return size.valueOf() + groupId.constructor.name.length;',
        '}',
        'export const run = async (event) => clear(event.groupId, 10);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls, []);
    assert.deepEqual(facts.unresolvedRestCalls, []);
    assert.deepEqual(facts.scopes.declared.map((d) => d.scope), ['storage:app']);
    assert.deepEqual(facts.scopes.unused, []);
  });
});
