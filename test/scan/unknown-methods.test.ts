import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import { fetch } from '@forge/api';",
  "import axios from 'axios';",
  '',
  'async function send(url, method, body) {',
  '  return fetch(url, { method, body });',
  '}',
  "async function get(url, method = 'GET') {",
  '  return fetch(url, { method: method });',
  '}',
  'async function hook(config) {',
  "  return fetch('https://hooks.example.com/run', { method: config.hookMethod, body: config.hookBody });",
  '}',
  '',
  'export async function run(event) {',
  "  await send('https://a.example.com/items', 'POST', event.body);",
  "  await send('https://b.example.com/items', event.method, event.body);",
  "  await get('https://c.example.com/status');",
  '  await hook(event.config);',
  "  await axios({ url: 'https://d.example.com/sync', method: event.config.syncMethod });",
  "  await axios({ url: 'https://e.example.com/sync' });",
  '}',
  '',
].join('\n');

describe('the method of a request that names one not known before run time', () => {
  it('is unknown, not GET, unless each caller names it or the helper falls back to one', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', "        - '*.example.com'"),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', axios: '^1.7.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.host, c.evidence.line]), [
      ['POST', 'a.example.com', 15],
      [null, 'b.example.com', 16],
      ['GET', 'c.example.com', 17],
      [null, 'hooks.example.com', 11],
      [null, 'd.example.com', 19],
      ['GET', 'e.example.com', 20],
    ]);
  });
});
