import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("Confluence's app properties, under `/wiki`", () => {
  it('a read and a write of one are the app property\'s, as Jira\'s are', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:app-data:confluence', '    - write:app-data:confluence'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "const APP_KEY = 'com.example.diagrams';",
        'export async function run(event) {',
        '  const res = await api.asApp().requestConfluence(route`/wiki/rest/atlassian-connect/1/addons/${APP_KEY}/properties/settings`);',
        '  const settings = await res.json();',
        "  await api.asApp().requestConfluence(route`/wiki/rest/atlassian-connect/1/addons/${APP_KEY}/properties/settings`, { method: 'PUT', body: JSON.stringify({ ...settings.value, theme: event.theme }) });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.backend} ${s.op} ${s.key}`), ['app-property read settings', 'app-property write settings']);
  });
});
