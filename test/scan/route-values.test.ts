import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.tracker.example');

describe('a Forge route handed to a request helper', () => {
  it('gives the helper the route’s path where it reads `value`', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/tracker.ts': [
        "import api, { assumeTrustedRoute, route, type Route } from '@forge/api';",
        '',
        "const ROOT = 'https://api.tracker.example/v2';",
        '',
        'const get = async (token: string, path: Route) => {',
        '  const res = await api.fetch(`${ROOT}${path.value}`, { headers: { Authorization: `Token ${token}` } });',
        '  return res.json();',
        '};',
        '',
        'export const boards = (token: string) => get(token, route`/boards/`);',
        '',
        'export const cards = (token: string, board: string) => {',
        '  const path = route`/boards/${board}/cards?open=true`;',
        '  return get(token, path);',
        '};',
        '',
        'export const next = (token: string, url: string) => get(token, assumeTrustedRoute(url.slice(ROOT.length)));',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import { boards, cards, next } from './tracker';",
        '',
        'export async function run(event: { token: string; board: string; next: string }) {',
        '  await boards(event.token);',
        '  await cards(event.token, event.board);',
        '  await next(event.token, event.next);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.evidence.line]), [
      ['https://api.tracker.example/v2/boards/', 10],
      ['https://api.tracker.example/v2/boards/{}/cards?open=true', 14],
      ['https://api.tracker.example/v2{}', 17],
    ]);
  });
});
