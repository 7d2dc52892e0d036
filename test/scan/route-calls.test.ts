import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('`route` of `@forge/api` called with a string, not as a tag', () => {
  it('names the path it is given, and the scope that path needs', async () => {
    const code = [
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      "  await api.asApp().requestConfluence(route('/wiki/rest/api/content'), { method: 'POST', body: JSON.stringify({ title: event.title }) });",
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - write:confluence-content'), 'src/index.js': code });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path]), [['POST', '/wiki/rest/api/content']]);
    assert.deepEqual([facts.scopes.unused.length, facts.scopes.unchecked.length, facts.scopes.missing.length], [0, 0, 0]);
  });
});
