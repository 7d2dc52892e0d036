import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { routeOfFile } from '../../src/scan/handlers.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

const descriptor = JSON.stringify({
  key: 'process-macro', baseUrl: 'https://process.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/api/connect/installed' }, scopes: ['READ'],
  modules: { dynamicContentMacros: [{ key: 'process', url: '/macro', name: { value: 'Process' } }] },
});

describe('a Connect lifecycle callback answered by a route file', () => {
  it('hands the installation\'s shared secret to a Next.js App Router route at the callback\'s path', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { next: '^14.0.0' } }),
      'src/app/api/connect/installed/route.ts': [
        'export async function POST(request: Request) {',
        '  const body = await request.json();',
        "  console.log('installed', body);",
        '  return new Response(null, { status: 204 });',
        '}',
      ].join('\n'),
      'src/app/api/connect/health/route.ts': [
        'export async function POST(request: Request) {',
        "  console.log('ping', await request.json());",
        '  return new Response(null, { status: 204 });',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries.includes('secret')]), [
      ['src/app/api/connect/health/route.ts:2', false],
      ['src/app/api/connect/installed/route.ts:3', true],
    ]);
  });

  it('and to a Next.js API route of the pages folder', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { next: '^14.0.0' } }),
      'pages/api/connect/installed.js': "export default function handler(req, res) { console.log(req.body); res.status(204).end(); }",
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries.includes('secret')]), [['pages/api/connect/installed.js:1', true]]);
  });
});

describe('a Connect lifecycle callback answered by a route with a parameter', () => {
  const lifecycle = JSON.stringify({
    key: 'process-macro', baseUrl: 'https://process.example.com', authentication: { type: 'jwt' },
    lifecycle: { installed: '/api/lifecycle/installed', uninstalled: '/api/lifecycle/uninstalled' }, scopes: ['READ'],
    modules: { generalPages: [{ key: 'page', url: '/page', name: { value: 'Page' } }] },
  });
  const db = "import pg from 'pg';\nconst pool = new pg.Pool();\nexport async function forget(clientKey) {\n  await pool.query('DELETE FROM tenants WHERE client_key = $1', [clientKey]);\n}\n";

  it('is a Next.js route file of a dynamic segment: handed the shared secret, and its uninstall handled', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': lifecycle,
      'package.json': JSON.stringify({ dependencies: { next: '^14.0.0', pg: '^8.11.0' } }),
      'lib/db.js': db,
      'pages/api/lifecycle/[event].js': [
        "import { forget } from '../../../lib/db.js';",
        'export default async function handler(req, res) {',
        '  console.log(req.query.event, req.body);',
        "  if (req.query.event === 'uninstalled') await forget(req.body.clientKey);",
        '  res.status(204).end();',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries.includes('secret')]), [['pages/api/lifecycle/[event].js:3', true]]);
    assert.deepEqual(facts.uninstall.map((u) => (u.deletes ?? []).map((d) => `${d.key} ${at(d.evidence)}`)), [['tenants lib/db.js:4']]);
  });

  it('is an Express route with a parameter, not one with a parameter alone', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': lifecycle,
      'package.json': JSON.stringify({ dependencies: { express: '^4.0.0', pg: '^8.11.0' } }),
      'lib/db.js': db,
      'app.js': [
        "import express from 'express';",
        "import { forget } from './lib/db.js';",
        'const app = express();',
        "app.post('/api/lifecycle/:event', async (req, res) => {",
        '  console.log(req.body);',
        "  if (req.params.event === 'uninstalled') await forget(req.body.clientKey);",
        '  res.sendStatus(204);',
        '});',
        "app.post('/:thing', (req, res) => { console.log(req.body); res.end(); });",
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries.includes('secret')]), [['app.js:5', true], ['app.js:9', false]]);
    assert.deepEqual(facts.uninstall.map((u) => (u.deletes ?? []).map((d) => `${d.key} ${at(d.evidence)}`)), [['tenants lib/db.js:4']]);
  });
});

describe('the path a route file answers', () => {
  it('is its path under app/ or pages/, without route groups or an index', () => {
    assert.equal(routeOfFile('src/app/(connect)/api/installed/route.ts'), '/api/installed');
    assert.equal(routeOfFile('pages/api/lifecycle/index.js'), '/api/lifecycle');
    assert.equal(routeOfFile('api/installed.js'), '/api/installed');
  });

  it('takes a dynamic segment as a parameter', () => {
    assert.equal(routeOfFile('pages/api/lifecycle/[event].js'), '/api/lifecycle/:event');
    assert.equal(routeOfFile('src/app/api/lifecycle/[event]/route.ts'), '/api/lifecycle/:event');
  });

  it('is not known for a catch-all segment or a file of no route', () => {
    assert.equal(routeOfFile('pages/api/[...path].js'), null);
    assert.equal(routeOfFile('src/lib/db.ts'), null);
  });
});
