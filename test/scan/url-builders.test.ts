import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - address: https://vulns.example.org', '        - address: https://api.vulns.example.org');

describe('a URL built by a helper that names its parts before returning it', () => {
  it('reads the host of `const url = new URL(path, BASE); …; return url.toString()`', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"name":"x","dependencies":{"@forge/api":"^5.0.0"}}',
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "const BASE = 'https://vulns.example.org';",
        "const PREFIX = '/api';",
        'function buildUrl(path, params = {}) {',
        '  const url = new URL(`${PREFIX}${path}`, BASE);',
        '  for (const [key, value] of Object.entries(params)) {',
        '    url.searchParams.set(key, String(value));',
        '  }',
        '  return url.toString();',
        '}',
        'export async function run(id) {',
        '  const url = buildUrl(`/items/${id}/`, { page: 1 });',
        "  return fetch(url, { method: 'GET' });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => ({ host: c.host, at: c.evidence.line })), [{ host: 'vulns.example.org', at: 13 }]);
    assert.deepEqual(facts.egress.unused.map((u) => u.address), ['https://api.vulns.example.org']);
  });

  it("fills in the path and method each caller gives a request helper that builds its URL with it", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"name":"x","dependencies":{"@forge/api":"^5.0.0"}}',
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "const BASE = 'https://vulns.example.org';",
        'function buildUrl(path) {',
        '  const url = new URL(`/v2${path}`, BASE);',
        '  return url.toString();',
        '}',
        'async function send(token, path, options = {}) {',
        '  const url = buildUrl(path);',
        "  return fetch(url, { method: options.method || 'GET', headers: { Authorization: `Bearer ${token}` } });",
        '}',
        "export const listFeeds = (token) => send(token, '/feeds');",
        "export const dropFeed = (token, id) => send(token, `/feeds/${id}`, { method: 'DELETE' });",
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url}`), [
      '11 GET https://vulns.example.org/v2/feeds',
      '12 DELETE https://vulns.example.org/v2/feeds/{}',
    ]);
  });

  it('leaves the host unknown when an earlier statement may return another URL', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{"name":"x","dependencies":{"@forge/api":"^5.0.0"}}',
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        "const BASE = 'https://vulns.example.org';",
        'function buildUrl(path, other) {',
        '  if (other) {',
        '    return other;',
        '  }',
        '  const url = new URL(path, BASE);',
        '  return url.toString();',
        '}',
        'export async function run(id, other) {',
        '  return fetch(buildUrl(`/items/${id}`, other));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => c.host), [null]);
  });
});
