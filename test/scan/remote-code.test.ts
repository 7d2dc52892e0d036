import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { appFilesWith, scanFiles } from '../helpers/temp-app.ts';

const APP = path.join(import.meta.dirname, '../fixtures/app/remote-backend-code');
const at = (e: { file: string; line: number } | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

/** The fixture's files, with `remote/fly.toml` left out and the changes given (a file to null to leave it out). */
const variant = (changes: Record<string, string | null>): Record<string, string> => appFilesWith(APP, { 'remote/fly.toml': null, ...changes });

describe('the code of a Forge remote in the app\'s repository', () => {
  it('is the folder whose deploy file names the remote\'s host; what it stores is the remote\'s', async () => {
    const facts = await scan(APP);
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]), [['notes-api', 'remote', 'deploy', 'remote/fly.toml:1']]);
    assert.deepEqual(facts.storage.map((s) => [s.op, s.key, s.remote, at(s.evidence)]), [
      ['write', 'notes', 'notes-api', 'remote/src/db.js:6'],
      ['read', 'notes', 'notes-api', 'remote/src/db.js:10'],
    ]);
  });

  it('is the folder whose routes answer every path the app invokes on the remote', async () => {
    const { facts } = await scanFiles(variant({}));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]), [['notes-api', 'remote', 'routes', 'remote/src/server.js:7']]);
    assert.deepEqual(facts.storage.map((s) => s.remote), ['notes-api', 'notes-api']);
    assert.equal(facts.egress.calls.some((c) => 'remotePath' in c), false);
  });

  it('is not told when a path the app invokes is answered by none of its servers, or by two folders', async () => {
    const server = fs.readFileSync(path.join(APP, 'remote/src/server.js'), 'utf8');
    const unanswered = await scanFiles(variant({ 'remote/src/server.js': server.replace("'/notes/save'", "'/notes/store'") }));
    assert.deepEqual(unanswered.facts.egress.remotes.map((r) => r.code), [undefined]);
    assert.deepEqual(unanswered.facts.storage.map((s) => s.remote), [undefined, undefined]);
    const twice = await scanFiles(variant({
      'legacy/package.json': '{ "name": "legacy", "scripts": { "start": "node server.js" }, "dependencies": { "express": "^4.21.0" } }',
      'legacy/server.js': server.replace("require('./db')", "require('../remote/src/db')"),
    }));
    assert.deepEqual(twice.facts.egress.remotes.map((r) => r.code), [undefined]);
  });

  it('is not named by a deploy file of a folder whose host is another (a longer name that holds it)', async () => {
    const { facts } = await scanFiles(variant({ 'remote/fly.toml': 'app = "notes-api-staging"\n', 'remote/src/server.js': "const express = require('express');\nexpress().listen(8080);\n" }));
    assert.deepEqual(facts.egress.remotes.map((r) => r.code), [undefined]);
  });

  it('is not named by a deploy file for a remote whose host is a wildcard, and the scan goes on', async () => {
    const wildcard = path.join(import.meta.dirname, '../fixtures/app/remote-wildcard-host');
    const facts = await scan(wildcard);
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.hosts, r.code]), [['notes-api', ['*.example.com'], undefined]]);
    const manifest = fs.readFileSync(path.join(wildcard, 'manifest.yml'), 'utf8');
    const files = Object.fromEntries(['package.json', 'server/package.json', 'server/Dockerfile', 'server/index.js'].map((f) => [f, fs.readFileSync(path.join(wildcard, f), 'utf8')]));
    const any = await scanFiles({ ...files, 'manifest.yml': manifest.replace('https://*.example.com', "'*'") });
    assert.deepEqual(any.facts.egress.remotes.map((r) => [r.key, r.code]), [['notes-api', undefined]]);
  });
});

describe('the code of a Forge remote that runs as a Cloudflare Worker', () => {
  const manifest = (baseUrl: string) => [
    'modules:',
    '  macro:',
    '    - key: summary',
    '      resource: ui',
    '      resolver:',
    '        function: resolver',
    '      title: Summary',
    '  function:',
    '    - key: resolver',
    '      handler: index.handler',
    'remotes:',
    '  - key: summariser',
    `    baseUrl: ${baseUrl}`,
    '    operations:',
    '      - compute',
    'resources:',
    '  - key: ui',
    '    path: static/ui/build',
    'app:',
    '  id: ari:cloud:ecosystem::app/0b9e6f24-8a51-4c3d-b2e7-91d4f6a0c3e8',
    '  runtime:',
    '    name: nodejs22.x',
    'permissions:',
    '  scopes:',
    '    - read:page:confluence',
    '  external:',
    '    fetch:',
    '      backend:',
    '        - remote: summariser',
  ].join('\n');
  const files = (baseUrl: string, wrangler: string): Record<string, string> => ({
    'manifest.yml': manifest(baseUrl),
    'package.json': '{ "name": "summary", "dependencies": { "@forge/api": "^5.0.0", "@forge/resolver": "^1.6.0" } }',
    'src/index.js': [
      "import Resolver from '@forge/resolver';",
      "import api, { route, invokeRemote } from '@forge/api';",
      'const resolver = new Resolver();',
      "resolver.define('summarise', async ({ context }) => {",
      '  const res = await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${context.extension.content.id}?body-format=storage`);',
      '  const page = await res.json();',
      "  const answer = await invokeRemote('summariser', { path: '/summarise', method: 'POST', body: JSON.stringify({ text: page.body.storage.value }) });",
      '  return answer.json();',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n'),
    'worker/package.json': '{ "name": "summariser", "devDependencies": { "wrangler": "^3.72.0" } }',
    'worker/wrangler.toml': wrangler,
    'worker/src/index.ts': [
      'export default {',
      '  async fetch(request, env) {',
      '    const input = await request.json();',
      '    await env.SUMMARIES.put(`summary:${input.pageId}`, input.text);',
      "    return new Response('ok');",
      '  },',
      '};',
    ].join('\n'),
  });
  const wrangler = (name: string) => [`name = "${name}"`, 'main = "src/index.ts"', '', '[[kv_namespaces]]', 'binding = "SUMMARIES"', 'database_name = "other-name"', 'id = "6b1f"', ''].join('\n');

  it('is the folder whose Wrangler file names the Worker the host\'s first label of workers.dev; what it stores is the remote\'s', async () => {
    const { facts } = await scanFiles(files('https://summariser.acme-labs.workers.dev', wrangler('summariser')));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.code?.folder, r.code?.by, at(r.code?.evidence)]), [['summariser', 'worker', 'deploy', 'worker/wrangler.toml:1']]);
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.api, s.remote, at(s.evidence)]), [['kv.SUMMARIES.put', 'summariser', 'worker/src/index.ts:4']]);
  });

  it('is not named by a Wrangler file of a Worker of another name, nor for a host off workers.dev', async () => {
    const other = await scanFiles(files('https://summariser.acme-labs.workers.dev', wrangler('summariser-staging')));
    assert.deepEqual(other.facts.egress.remotes.map((r) => r.code), [undefined]);
    const custom = await scanFiles(files('https://summariser.acme.example', wrangler('summariser')));
    assert.deepEqual(custom.facts.egress.remotes.map((r) => r.code), [undefined]);
  });
});
