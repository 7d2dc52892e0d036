import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { renderScanText } from '../../src/render/scan-text.ts';
import { scan } from '../../src/scan/index.ts';

after(() => stopManifestValidator());

const plain = { bold: String, dim: String, red: String, green: String, yellow: String, cyan: String };

test('an egress call shows the End-User Data it sends, not the credential that authenticates it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-text-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'manifest.yml'), [
      'modules:', '  function:', '    - key: main', '      handler: index.run',
      'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
      'permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'src/index.js'), [
      'export async function run(payload) {',
      "  await fetch('https://api.example.com/notes', {",
      "    method: 'POST',",
      '    headers: { Authorization: `Bearer ${process.env.EXAMPLE_TOKEN}` },',
      '    body: JSON.stringify({ text: payload.summary }),',
      '  });',
      "  await fetch('https://api.example.com/ping', { headers: { Authorization: `Bearer ${process.env.EXAMPLE_TOKEN}` } });",
      '}', '',
    ].join('\n'));
    const text = renderScanText(await scan(dir), dir, plain);
    assert.deepEqual(text.split('\n').filter((l) => l.startsWith('  backend ')), [
      '  backend  POST   api.example.com  [resolver-payload]  fetch src/index.js:2',
      '  backend  GET    api.example.com  fetch src/index.js:7',
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a scope missing for several calls is one line naming the first two and how many more; an operation may need none', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-text-'));
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'manifest.yml'), [
      'modules:', '  function:', '    - key: main', '      handler: index.run',
      'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'src/index.js'), [
      "import api, { route } from '@forge/api';",
      'export async function run({ key }) {',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}/comment`);',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}/worklog`);',
      '  await api.asApp().requestJira(route`/rest/api/3/serverInfo`);',
      '}', '',
    ].join('\n'));
    const text = renderScanText(await scan(dir), dir, plain);
    const missing = text.split('\n').filter((l) => l.includes('missing') && l.includes('read:jira-work'));
    assert.ok(text.includes('  GET    /rest/api/3/serverInfo  jira asApp  src/index.js:6  no scope needed\n'));
    assert.deepEqual(missing, ['  missing   read:jira-work (or the granular scopes each call lists: --format json)  rest-call at src/index.js:3, src/index.js:4 and 1 more']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
