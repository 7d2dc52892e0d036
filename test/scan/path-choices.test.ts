import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

test('a path part that is one of a few constants gives one REST call per constant', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:page:confluence'),
    'src/index.js': [
      "import api, { route } from '@forge/api';",
      "const pathOf = (type) => { return type === 'page' ? 'pages' : 'blogposts'; };",
      'export async function run({ payload }) {',
      "  const kind = payload.blog ? 'blogposts' : 'pages';",
      '  await api.asUser().requestConfluence(route`/wiki/api/v2/${kind}/${payload.id}`);',
      '  const path = pathOf(payload.type);',
      '  await api.asUser().requestConfluence(route`/wiki/api/v2/${path}/${payload.id}/properties`);',
      '  await api.asUser().requestConfluence(route`/wiki/api/v2/${payload.space}/${payload.id}`);',
      '}',
    ].join('\n'),
  });
  assert.deepEqual(facts.restCalls.map((c) => [c.evidence.line, c.path, c.scopes?.granular ?? null]), [
    [5, '/wiki/api/v2/blogposts/{}', ['read:page:confluence']],
    [5, '/wiki/api/v2/pages/{}', ['read:page:confluence']],
    [7, '/wiki/api/v2/pages/{}/properties', ['read:page:confluence']],
    [7, '/wiki/api/v2/blogposts/{}/properties', ['read:page:confluence']],
    [8, '/wiki/api/v2/{}/{}', null],
  ]);
});

test('a local function returning a constant from each of its branches gives one REST call per constant', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:page:confluence'),
    'src/index.js': [
      "import api, { route } from '@forge/api';",
      'function pathOf(type) {',
      "  if (type === 'blog') return 'blogposts';",
      "  return 'pages';",
      '}',
      'function unfinished(type) {',
      "  if (type === 'blog') return 'blogposts';",
      '}',
      'export async function run({ payload }) {',
      '  await api.asUser().requestConfluence(route`/wiki/api/v2/${pathOf(payload.type)}/${payload.id}`);',
      '  await api.asUser().requestConfluence(route`/wiki/api/v2/${unfinished(payload.type)}/${payload.id}`);',
      '}',
    ].join('\n'),
  });
  assert.deepEqual(facts.restCalls.map((c) => [c.evidence.line, c.path]), [
    [10, '/wiki/api/v2/blogposts/{}'],
    [10, '/wiki/api/v2/pages/{}'],
    [11, '/wiki/api/v2/{}/{}'],
  ]);
});
