import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event) {',
  '  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${event.pageId}?body-format=storage`);',
  '  const page = await res.json();',
  '  await storage.set(`title:${event.pageId}`, page.title);',
  '  await storage.set(`page:${event.pageId}`, page);',
  '  const { results } = await (await api.asApp().requestConfluence(route`/wiki/api/v2/spaces/${event.spaceId}/pages`)).json();',
  '  await storage.set(`pages:${event.spaceId}`, results);',
  '  await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${event.pageId}/children`);',
  '}',
  '',
].join('\n');

describe('a Confluence page read, whose answer holds its authors and owners as account IDs (`authorId`, `ownerId`)', () => {
  it('reads account IDs, and the page stored whole keeps them; its title holds none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:page:confluence', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': INDEX,
    });
    const uses = facts.personalData.uses.map((u) => `${u.kind} ${u.action} ${u.evidence.line}`);
    // Not the page's children (10): their answer names no one.
    assert.deepEqual(uses, ['account-id read 4', 'account-id read 8', 'account-id stored 7', 'account-id stored 9']);
  });
});
