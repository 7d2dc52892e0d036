import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routeOfFile } from '../../src/scan/handlers.ts';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect macro whose pages are a Vue build and whose server is Cloudflare Pages functions, both in one package.
const descriptor = JSON.stringify({
  key: 'diagram-macro', baseUrl: 'https://diagram-macro.pages.dev', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { dynamicContentMacros: [{ key: 'diagram', url: '/viewer.html', name: { value: 'Diagram' } }] },
});

describe('Cloudflare Pages functions', () => {
  it('run on the server, with the modules beside them, though the package also builds pages', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { vue: '^3.4.0' } }),
      'functions/installed.ts': [
        "import { note } from './lib/note';",
        'export const onRequestPost = async ({ request }) => {',
        '  const tenant = await request.json();',
        "  console.log('new tenant', tenant);",
        '  note(tenant.baseUrl);',
        "  return new Response('', { status: 204 });",
        '};',
      ].join('\n'),
      'functions/lib/note.ts': "export function note(site: string) {\n  console.info('site', site);\n}\n",
      'src/main.ts': "export function boot() {\n  console.log('viewer ready');\n}\n",
    });
    assert.deepEqual(facts.logs.map((l) => [`${l.evidence.file}:${l.evidence.line}`, l.side, l.carries.includes('secret')]), [
      ['functions/installed.ts:4', 'backend', true],
      ['functions/lib/note.ts:2', 'backend', false],
      ['src/main.ts:2', 'frontend', false],
    ]);
  });

  it('answer the path their file is named for', () => {
    assert.equal(routeOfFile('functions/installed.ts'), '/installed');
    assert.equal(routeOfFile('functions/api/lifecycle/[event].ts'), '/api/lifecycle/:event');
    assert.equal(routeOfFile('functions/index.js'), '/');
    assert.equal(routeOfFile('functions/_middleware.ts'), null);
    assert.equal(routeOfFile('functions/docs/[[path]].ts'), null);
  });
});
