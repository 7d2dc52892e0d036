import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Facts } from '../../src/scan/facts.ts';
import { SCOPE_TABLE_PATH } from '../../src/scan/scopes/table.ts';
import type { ScopeTableFile } from '../../src/scan/scopes/table-format.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const names = (list: Array<{ scope: string }>): string[] => list.map((s) => s.scope);
const verdicts = (facts: Facts): Record<string, string[]> => ({
  missing: names(facts.scopes.missing),
  unused: names(facts.scopes.unused),
  unchecked: names(facts.scopes.unchecked),
});

// A Forge macro that reads its page through the deprecated v1 content API, updates it, and reads its space.
const forgeCode = [
  "import api, { route } from '@forge/api';",
  'export async function run({ context }) {',
  '  const id = context.extension.content.id;',
  '  const res = await api.asUser().requestConfluence(route`/wiki/rest/api/content/${id}?expand=body.storage,version`);',
  '  const page = await res.json();',
  '  await api.asUser().requestConfluence(route`/wiki/rest/api/content/${id}`, {',
  "    method: 'PUT',",
  "    body: JSON.stringify({ type: 'page', title: page.title, version: { number: page.version.number + 1 } }),",
  '  });',
  '  const children = await api.asUser().requestConfluence(route`/wiki/rest/api/content/${id}/child/page`);',
  '  await api.asApp().requestConfluence(route`/wiki/rest/api/content/${id}/property/last-run`);',
  '  return (await children.json()).results.length;',
  '}',
].join('\n');
const forgeApp = (...scopes: string[]): Record<string, string> => ({
  'manifest.yml': forgeManifest('permissions:', '  scopes:', ...scopes.map((s) => `    - ${s}`)),
  'package.json': '{"dependencies":{"@forge/api":"^5.0.0"}}',
  'src/index.js': forgeCode,
});

test('a Forge app calling v1 content operations gets its Confluence scopes checked', async () => {
  const { facts } = await scanFiles(forgeApp('read:confluence-content.summary', 'write:confluence-content'));
  assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.scopes?.operation]), [
    ['GET', '/wiki/rest/api/content/{}?expand=body.storage,version', 'getContentById'],
    ['PUT', '/wiki/rest/api/content/{}', 'updateContent'],
    ['GET', '/wiki/rest/api/content/{}/child/page', 'getContentChildrenByType'],
    ['GET', '/wiki/rest/api/content/{}/property/last-run', 'getContentProperty'],
  ]);
  assert.deepEqual(verdicts(facts), { missing: ['read:confluence-props'], unused: [], unchecked: [] });
});

test('a granular Forge app is told the granular scope it lacks, and none is unused', async () => {
  const { facts } = await scanFiles(forgeApp('read:content-details:confluence', 'write:content:confluence'));
  assert.deepEqual(verdicts(facts), { missing: [], unused: [], unchecked: [] });
  const { facts: short } = await scanFiles(forgeApp('read:content-details:confluence'));
  assert.deepEqual(verdicts(short), { missing: ['write:content:confluence'], unused: [], unchecked: [] });
  assert.deepEqual(short.scopes.missing[0]!.alternatives, ['write:confluence-content']);
});

const readsContent = (query: string): Record<string, string> => ({
  'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:confluence-content.all'),
  'package.json': '{}',
  'src/index.js': `import api, { route } from '@forge/api';\nexport const run = async (id) => api.asUser().requestConfluence(route\`/wiki/rest/api/content/\${id}?${query}\`);\n`,
});

test('GET content by id needs read:confluence-content.summary (or its granular set); a body expansion may use read:confluence-content.all', async () => {
  const { facts } = await scanFiles(readsContent('expand=body.storage'));
  assert.deepEqual(verdicts(facts), { missing: ['read:confluence-content.summary'], unused: [], unchecked: [] });
  assert.deepEqual(facts.scopes.missing[0]!.alternatives, ['read:content-details:confluence']);
  // Without a body expansion nothing the app calls uses read:confluence-content.all.
  assert.deepEqual(verdicts((await scanFiles(readsContent('expand=version'))).facts), { missing: ['read:confluence-content.summary'], unused: ['read:confluence-content.all'], unchecked: [] });
});

// A Connect back end (atlassian-connect-express) that reads, updates and trashes pages and reads spaces.
const connectRoutes = [
  'export default function routes(app, addon) {',
  "  app.post('/archive', addon.authenticate(), async (req, res) => {",
  '    const http = addon.httpClient(req);',
  '    const page = await http.get({ url: `/rest/api/content/${req.body.pageId}?expand=version`, json: true });',
  '    await http.put({ url: `/rest/api/content/${req.body.pageId}`, json: { title: `[old] ${page.title}` } });',
  '    await http.del({ url: `/rest/api/content/${req.body.pageId}` });',
  '    const space = await http.get({ url: `/rest/api/space/${req.body.spaceKey}/content/page`, json: true });',
  '    res.json(space);',
  '  });',
  '}',
].join('\n');
const connectApp = (...scopes: string[]): Record<string, string> => ({
  'atlassian-connect.json': JSON.stringify({
    key: 'com.example.archiver', baseUrl: 'https://archiver.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes,
    modules: { generalPages: [{ key: 'archiver', url: '/archiver', name: { value: 'Archiver' }, location: 'system.header/left' }], confluenceContentProperties: [] },
  }),
  'package.json': '{"type":"module","dependencies":{"atlassian-connect-express":"^10.0.2","express":"^4.18.2"}}',
  'routes/index.js': connectRoutes,
});

test('a Connect app’s READ, WRITE and DELETE are checked for v1 content and space operations', async () => {
  const { facts } = await scanFiles(connectApp('READ'));
  assert.deepEqual(facts.restCalls.map((c) => [c.product, c.method, c.scopes?.operation, c.scopes?.connect]), [
    ['confluence', 'GET', 'getContentById', 'READ'],
    ['confluence', 'PUT', 'updateContent', 'WRITE'],
    ['confluence', 'DELETE', 'deleteContent', 'DELETE'],
    ['confluence', 'GET', 'getContentByTypeForSpace', 'READ'],
  ]);
  assert.deepEqual(verdicts(facts), { missing: ['WRITE', 'DELETE'], unused: [], unchecked: [] });
  assert.deepEqual(verdicts((await scanFiles(connectApp('READ', 'WRITE', 'DELETE'))).facts), { missing: [], unused: [], unchecked: [] });
  assert.deepEqual(verdicts((await scanFiles(connectApp('DELETE', 'ADMIN'))).facts), { missing: [], unused: ['ADMIN'], unchecked: [] });
});

test('the scope table takes the v1 supplement only where no stored document has the operation', () => {
  const table = JSON.parse(fs.readFileSync(SCOPE_TABLE_PATH, 'utf8')) as ScopeTableFile;
  const supplement = table.sources.findIndex((s) => s.id === 'confluence-v1-legacy');
  assert.ok(supplement > 0);
  assert.equal(table.sources[supplement]!.file, 'src/data/confluence-v1-legacy.json');
  const key = (row: ScopeTableFile['ops'][number]): string => `${table.sources[row[0]]!.family} ${row[1]} ${row[2].replace(/\{[^{}]+\}/g, '{}')}`;
  const stored = new Set(table.ops.filter((row) => row[0] !== supplement).map(key));
  const added = table.ops.filter((row) => row[0] === supplement);
  assert.equal(added.length, table.sources[supplement]!.operations);
  assert.deepEqual(added.filter((row) => stored.has(key(row))).map(key), []);

  const data = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/data/confluence-v1-legacy.json'), 'utf8')) as {
    sources: Record<string, unknown>;
    paths: Record<string, Record<string, { 'x-candor-source'?: string }>>;
  };
  const unsourced = Object.entries(data.paths).flatMap(([p, item]) => Object.entries(item).filter(([, op]) => !Object.hasOwn(data.sources, op['x-candor-source'] ?? '')).map(([m]) => `${m} ${p}`));
  assert.deepEqual(unsourced, []);
});
