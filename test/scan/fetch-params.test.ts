import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('fetch, or an HTTP client, handed to a helper that calls it (`doRequest(fetch, url)`)', () => {
  it('is a request where the caller names the URL; a helper handed another function sends nothing', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - hooks.example.com', '        - api.example.com'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', axios: '^1.7.0' } }),
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "import axios from 'axios';",
        'async function doRequest(fetcher, url, body) {',
        "  return fetcher(url, { method: 'POST', body: JSON.stringify(body) });",
        '}',
        'async function send(http, path, data) {',
        "  return http({ url: `https://api.example.com${path}`, method: 'PUT', data });",
        '}',
        'const record = (text) => text.length;',
        'export async function run(event) {',
        "  await doRequest(fetch, 'https://hooks.example.com/notify', { summary: event.issue.fields.summary });",
        "  await send(axios, '/issues', { summary: event.issue.fields.summary });",
        "  await doRequest(record, 'https://hooks.example.com/other', { summary: event.issue.fields.summary });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.url} [${c.carries.join(',')}] ${c.evidence.line} via ${c.via?.line}`), [
      'api.fetch POST https://hooks.example.com/notify [resolver-payload] 11 via 4',
      'axios PUT https://api.example.com/issues [resolver-payload] 12 via 7',
    ]);
  });

  it('is a request when the helper takes fetch from its options, in its body, with the global one as the fallback', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - cache.example.net'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/http.js': [
        'export async function withRetry(url, options = {}) {',
        '  const { fetcher, tries = 2, ...init } = options;',
        '  const send = fetcher ?? globalThis.fetch;',
        '  for (let i = 0; i < tries; i++) {',
        "    const res = await send(url, { ...init, method: 'PUT' });",
        '    if (res.ok) return res;',
        '  }',
        '  return null;',
        '}',
        'export async function once(url, options) {',
        '  const { fetcher } = options;',
        "  return fetcher(url, { method: 'DELETE' });",
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "import { withRetry, once } from './http.js';",
        'export async function run(event) {',
        "  await withRetry(`https://cache.example.net/items/${event.issue.key}`, { fetcher: fetch, body: event.issue.fields.summary });",
        "  await once('https://cache.example.net/items/all', { fetcher: fetch });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.url} ${c.evidence.line} via ${c.via?.line}`), [
      'api.fetch PUT https://cache.example.net/items/{} 4 via 5',
      'api.fetch DELETE https://cache.example.net/items/all 5 via 12',
    ]);
  });
});
