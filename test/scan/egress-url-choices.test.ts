import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest(
  'permissions:', '  external:', '    fetch:', '      backend:',
  '        - https://demo-api.verify.example.com', '        - https://api.verify.example.com',
);

// A host picked from a few constant URLs: each one the request may go to, none "unresolved".
describe('a request whose URL is one of a few constants', () => {
  it('goes to each host a table or a choice gives (one call per host, the same evidence); a shared host is that host', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "const URLS = { demo: 'https://demo-api.verify.example.com', prod: 'https://api.verify.example.com' };",
        'export async function run(event) {',
        "  await fetch(`${URLS[event.env] || URLS.demo}/omni/start`, { method: 'POST' });", // 3
        '  await fetch(`${URLS[event.env]}/omni/status`);',                                    // 4
        "  await fetch(`${event.prod ? 'https://api.verify.example.com' : 'https://demo-api.verify.example.com'}/omni/end`);", // 5
        "  const base = event.v2 ? 'https://api.verify.example.com/v2' : 'https://api.verify.example.com/v1';",
        '  await fetch(`${base}/omni/check`);',                                                // 7
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.url} ${c.evidence.line}`), [
      'POST https://demo-api.verify.example.com/omni/start 3',
      'POST https://api.verify.example.com/omni/start 3',
      'GET https://demo-api.verify.example.com/omni/status 4',
      'GET https://api.verify.example.com/omni/status 4',
      'GET https://api.verify.example.com/omni/end 5',
      'GET https://demo-api.verify.example.com/omni/end 5',
      'GET https://api.verify.example.com/{} 7',
    ]);
    assert.deepEqual([facts.egress.unresolved.length, facts.egress.undeclared.length, facts.egress.unused.length], [0, 0, 0]);
  });

  it('stays unresolved when a value may be anything else (a caller\'s key into a table that is changed); an environment variable before a default also goes to the default\'s host', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/index.js': [
        "const URLS = { demo: 'https://demo-api.verify.example.com' };",
        'export async function run(event) {',
        '  URLS[event.name] = event.url;',
        '  await fetch(`${URLS[event.env]}/omni/start`);',
        "  await fetch(`${process.env.VERIFY_URL || 'https://api.verify.example.com'}/omni/end`);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.url, c.urlVariable ?? null]), [
      [null, '{}/omni/start', null],
      ['api.verify.example.com', 'https://api.verify.example.com/omni/end', 'VERIFY_URL'],
      [null, '{}/omni/end', 'VERIFY_URL'],
    ]);
    assert.deepEqual(facts.egress.unused, []);
  });
});
