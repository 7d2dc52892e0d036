import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ', 'WRITE'], lifecycle: { installed: '/installed' }, modules: { generalPages: [{ key: 'p', url: '/p', name: { value: 'P' } }] } });
// The page's script reads; the back end, in another language, may write.
const page = "AP.request({ url: '/rest/api/3/project', success: (body) => render(JSON.parse(body)) });\n";
const scopes = (facts: Facts) => ({ unused: facts.scopes.unused.map((s) => s.scope), unchecked: facts.scopes.unchecked.map((s) => s.scope) });
const warnings = (facts: Facts) => facts.diagnostics.filter((d) => d.code === 'foreign-code').map((d) => d.file);

describe('a Connect app whose back end is in a language Candor does not read', () => {
  it('warns once per language and reports the Connect scopes its pages do not use unchecked, not unused', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'public/js/page.js': page,
      'src/main/java/com/acme/IssueController.java': 'public class IssueController {}\n',
      'src/main/java/com/acme/Store.java': 'public class Store {}\n',
      'scripts/release.py': 'print("release")\n',
    });
    assert.deepEqual(warnings(facts), ['src/main/java/com/acme/IssueController.java']);
    assert.deepEqual(scopes(facts), { unused: [], unchecked: ['WRITE'] });
  });

  it('with only JavaScript (and scripts or tests in other languages) the unused scope stays unused', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'public/js/page.js': page, 'scripts/release.py': 'print("release")\n', 'test/load.py': 'pass\n' });
    assert.deepEqual(warnings(facts), []);
    assert.deepEqual(scopes(facts), { unused: ['WRITE'], unchecked: [] });
  });

  it('a Forge app runs JavaScript only: a Python file says nothing of its scopes', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - write:jira-work'), 'src/index.js': 'export const run = () => 1;\n', 'tools/gen.py': 'pass\n' });
    assert.deepEqual(warnings(facts), []);
    assert.deepEqual(scopes(facts).unused, ['write:jira-work']);
  });
});

describe('a folder with no descriptor file whose code is in a language Candor does not read', () => {
  it('warns that a descriptor that code builds is not read, beside the error that no app was found', async () => {
    const { facts } = await scanFiles({
      'app/web.py': "ac = AtlassianConnect(app)\n@ac.lifecycle('installed')\ndef installed(client):\n    return '', 204\n",
      'requirements.txt': 'flask-atlassian-connect\n',
    });
    assert.deepEqual(facts.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}`), ['error no-app .', 'warning foreign-code app/web.py']);
    assert.match(facts.diagnostics[1]!.message, /descriptor that code builds/);
  });
});
