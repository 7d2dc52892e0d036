import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { renderScanText } from '../../src/render/scan-text.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

after(() => stopManifestValidator());

const plain = { bold: String, dim: String, red: String, green: String, yellow: String, cyan: String };

const textOf = async (files: Record<string, string>): Promise<string> => {
  const { dir, facts } = await scanFiles(files);
  return renderScanText(facts, dir, plain);
};

test('an egress call shows the End-User Data it sends, not the credential that authenticates it', async () => {
  const text = await textOf({
    'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com'),
    'src/index.js': [
      'export async function run(payload) {',
      "  await fetch('https://api.example.com/notes', {",
      "    method: 'POST',",
      '    headers: { Authorization: `Bearer ${process.env.EXAMPLE_TOKEN}` },',
      '    body: JSON.stringify({ text: payload.summary }),',
      '  });',
      "  await fetch('https://api.example.com/ping', { headers: { Authorization: `Bearer ${process.env.EXAMPLE_TOKEN}` } });",
      '}', '',
    ].join('\n'),
  });
  assert.deepEqual(text.split('\n').filter((l) => l.startsWith('  backend ')), [
    '  backend  POST   api.example.com  [resolver-payload]  fetch src/index.js:2',
    '  backend  GET    api.example.com  fetch src/index.js:7',
  ]);
});

test('a scope missing for several calls is one line naming where (all of three, else the first two and how many more); an operation may need none', async () => {
  const text = await textOf({
    'manifest.yml': forgeManifest(),
    'src/index.js': [
      "import api, { route } from '@forge/api';",
      'export async function run({ key }) {',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}/comment`);',
      '  await api.asApp().requestJira(route`/rest/api/3/issue/${key}/worklog`);',
      '  await api.asApp().requestJira(route`/rest/api/3/serverInfo`);',
      '}', '',
    ].join('\n'),
  });
  const missing = text.split('\n').filter((l) => l.includes('missing') && l.includes('read:jira-work'));
  assert.ok(text.includes('  GET    /rest/api/3/serverInfo  jira asApp  src/index.js:6  no scope needed\n'));
  assert.deepEqual(missing, ['  missing   read:jira-work (or the granular scopes each call lists: --format json)  rest-call at src/index.js:3, 4, 5']);
});

test('facts the same but for where they are print as one line with a count, the first places and how many more', async () => {
  const text = await textOf({
    'manifest.yml': forgeManifest(),
    'src/index.js': [
      "import { kvs } from '@forge/kvs';",
      'export async function a(id) { return kvs.get(`job:${id}`); }',
      'export async function b(id) { return kvs.get(`job:${id}`); }',
      'export async function c(id) { return kvs.get(`job:${id}`); }',
      'export async function d(id) { return kvs.get(`job:${id}`); }',
      'export async function e(id) { return kvs.get(`job:${id}`); }',
      'export async function f({ context }) { await kvs.set(`job:${context.accountId}`, { by: context.accountId }); }',
      'export async function g(id) { await kvs.set(`job:${id}`, { done: true }); }',
      '',
    ].join('\n'),
  });
  assert.deepEqual(text.split('\n').filter((l) => l.startsWith('  kvs ')), [
    '  kvs              read   job:{}  ×5  src/index.js:2, 3 and 3 more',
    '  kvs              write  job:{}  [account-id]  src/index.js:7',
    '  kvs              write  job:{}  src/index.js:8',
  ]);
});

test('a resolver that returns a secret to the browser is listed with where it returns it; an app without one shows no such section', async () => {
  const manifest = forgeManifest();
  const exposing = await textOf({
    'manifest.yml': manifest,
    'src/index.js': [
      "import Resolver from '@forge/resolver';",
      'const resolver = new Resolver();',
      "resolver.define('getConfig', async () => ({ apiKey: process.env.OPENAI_API_KEY }));",
      'export const handler = resolver.getDefinitions();', '',
    ].join('\n'),
  });
  const lines = exposing.split('\n');
  const at = lines.indexOf('Secrets returned to the browser (1)');
  assert.ok(at > 0, exposing);
  assert.match(lines[at + 1]!, /^ {2}getConfig {2}src\/index\.js:3/);
  const clean = await textOf({
    'manifest.yml': manifest,
    'src/index.js': [
      "import Resolver from '@forge/resolver';",
      'const resolver = new Resolver();',
      "resolver.define('getConfig', async () => ({ configured: Boolean(process.env.OPENAI_API_KEY) }));",
      'export const handler = resolver.getDefinitions();', '',
    ].join('\n'),
  });
  assert.ok(!clean.includes('Secrets returned to the browser'), clean);
});

test('models Atlassian runs for the app are listed apart from the third parties', async () => {
  const text = await textOf({
    'manifest.yml': [
      'modules:', '  rovo:agent:', '    - key: helper', '      name: Helper', '      description: Helps', '      prompt: Help the user.',
      '  llm:', '    - key: main-llm', '      model:', '        - claude',
      '  function:', '    - key: main', '      handler: index.run',
      'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
    ].join('\n'),
    'src/index.js': "import { chat } from '@forge/llm';\nexport const run = (event) => chat({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: event.text }] });\n",
  });
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('AI run by Atlassian'));
  assert.deepEqual(lines.slice(at, at + 3), [
    'AI run by Atlassian (2)',
    '  Atlassian (Rovo)       rovo:agent  manifest.yml:3',
    '  Atlassian (Forge LLMs) @forge/llm  src/index.js:1',
  ]);
  assert.match(text, /^Third parties \(0\)$/m);
});
