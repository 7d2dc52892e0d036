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
});
