import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a choice whose branches give the same value', () => {
  it('is that value: a helper taking a route or a path gives its callers’ paths', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:page:confluence'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^6.0.0' } }),
      'src/index.ts': [
        "import api, { assumeTrustedRoute, route, type Route } from '@forge/api';",
        '',
        'async function getJson(pathOrRoute: string | Route) {',
        "  const target = typeof pathOrRoute === 'string' ? assumeTrustedRoute(pathOrRoute) : pathOrRoute;",
        '  const res = await api.asApp().requestConfluence(target);',
        '  return res.json();',
        '}',
        '',
        'export async function run(event: { pageId: string; wide: boolean }) {',
        '  const page = await getJson(route`/wiki/api/v2/pages/${event.pageId}`);',
        "  const other = await getJson(event.wide ? '/wiki/api/v2/pages' : '/wiki/api/v2/spaces');",
        '  return [page, other];',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.evidence.line]), [
      ['GET', '/wiki/api/v2/pages/{}', 10],
      ['GET', '/wiki/api/v2/pages', 11],
      ['GET', '/wiki/api/v2/spaces', 11],
    ]);
    assert.deepEqual(facts.unresolvedRestCalls, []);
  });
});
