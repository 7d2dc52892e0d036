import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { scanFiles } from '../helpers/temp-app.ts';

describe('a fetch function handed in and called directly (`this.fetchFn(url)`, `fetchImpl(url)`, `deps.fetch(url)`)', () => {
  it('is egress to the URL it is given, global fetch or node-fetch by default when no caller hands one', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/app/handed-fetch'));
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.carries.join(','), `${c.evidence.file}:${c.evidence.line}`]), [
      ['fetch', 'POST', 'https://api.statuspage.io/v1/pages/kctbh9vrtdwd/incidents', 'product-content', 'src/index.js:7'],
      ['fetch', 'POST', 'https://hooks.incident.example.com/announce', 'product-content', 'src/statuspage.js:24'],
      ['node-fetch', 'GET', 'https://api.statuspage.io/v1/pages/{}/components', 'other', 'src/statuspage.js:19'],
    ]);
    assert.deepEqual([facts.egress.undeclared, facts.egress.unused, facts.egress.unresolved], [[], [], []]);
  });

  it('is not a function of the app\'s own named so, nor one handed in with no address on another site', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': 'modules:\n  function:\n    - key: main\n      handler: index.run\napp:\n  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13\n  runtime:\n    name: nodejs24.x\n',
      'src/index.js': [
        'class Loader {',
        '  async fetch(id) { return { id }; }',
        "  async load() { return this.fetch('https://example.com/a'); }",
        '}',
        'export async function run(event, deps) {',
        '  await new Loader().load();',
        '  await deps.fetch(event.id);',
        "  await deps.fetchFn('/relative/path');",
        "  const cache = { fetch: (key) => key };",
        "  await cache.fetch('https://example.com/b');",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls, []);
  });
});

describe('a fetch function a parameter holds, with a default (`const send = options.fetchImpl ?? globalThis.fetch`)', () => {
  it('is the one callers hand, the default only when none does', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': 'modules:\n  function:\n    - key: main\n      handler: index.run\napp:\n  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13\n  runtime:\n    name: nodejs24.x\npermissions:\n  external:\n    fetch:\n      backend:\n        - api.example.com\n',
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import { fetch } from '@forge/api';",
        'async function put(url, options = {}) {',
        '  const send = options.fetchImpl ?? globalThis.fetch;',
        "  return send(url, { method: 'PUT', body: options.body });",
        '}',
        'async function remove(url, options = {}) {',
        '  const send = options.fetchImpl ?? globalThis.fetch;',
        "  return send(url, { method: 'DELETE' });",
        '}',
        'export async function run(event) {',
        "  await put('https://api.example.com/a', { fetchImpl: fetch, body: event.issue.key });",
        "  await remove('https://api.example.com/b');",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.url} ${c.evidence.line}`), [
      'api.fetch PUT https://api.example.com/a 11',
      'fetch DELETE https://api.example.com/b 12',
    ]);
  });
});
