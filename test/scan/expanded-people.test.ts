import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const JIRA = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event) {',
  "  const one = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=summary&expand=changelog`)).json();",
  "  await storage.set(`history:${event.key}`, one);",
  "  const found = await (await api.asApp().requestJira(route`/rest/api/3/search/jql?jql=${event.jql}&expand=renderedFields,changelog`)).json();",
  "  await storage.set('found', found);",
  "  const posted = await (await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: JSON.stringify({ jql: event.jql, expand: 'changelog' }) })).json();",
  "  await storage.set('posted', posted);",
  "  const plain = await (await api.asApp().requestJira(route`/rest/api/3/issue/${event.key}?fields=summary&expand=renderedFields`)).json();",
  "  await storage.set(`plain:${event.key}`, plain);",
  '}',
  '',
].join('\n');

const CONFLUENCE = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event) {',
  "  const page = await (await api.asApp().requestConfluence(route`/wiki/rest/api/content/${event.id}?expand=body.storage,history`)).json();",
  "  await storage.set(`page:${event.id}`, page);",
  "  const versioned = await (await api.asApp().requestConfluence(route`/wiki/rest/api/content/${event.id}?expand=version`)).json();",
  "  await storage.set(`by:${event.id}`, versioned.version.by);",
  '  const { version } = versioned;',
  "  await storage.set(`version:${event.id}`, version);",
  "  await storage.set(`number:${event.id}`, versioned.version.number);",
  "  const body = await (await api.asApp().requestConfluence(route`/wiki/rest/api/content/${event.id}?expand=body.storage`)).json();",
  "  await storage.set(`body:${event.id}`, body);",
  "  await storage.set(`bare:${event.id}`, body.version);",
  '}',
  '',
].join('\n');

const app = (index: string): Record<string, string> => ({
  'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:confluence-content.all', '    - storage:app'),
  'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
  'src/index.js': index,
});

const stored = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.storage.map((s) => `${s.evidence.line} ${s.carries.join(',')}`);

describe('an expansion that adds the people who changed the content to a read\'s answer', () => {
  it('Jira\'s changelog: its authors, whatever fields are asked, in the query or in a search\'s body', async () => {
    const { facts } = await scanFiles(app(JIRA));
    // 5, 7 and 9 expand the changelog; 11 asks for the summary and rendered fields only.
    assert.deepEqual(stored(facts), [
      '5 account-id,display-name,email,product-content',
      '7 account-id,display-name,email,product-content',
      '9 account-id,display-name,email,product-content',
      '11 product-content',
    ]);
    const read = [...new Set(facts.personalData.uses.filter((u) => u.action === 'read').map((u) => u.evidence.line))];
    assert.deepEqual(read, [4, 6, 8]);
  });

  it('Confluence v1\'s history and version: their users, also in the version read from the page', async () => {
    const { facts } = await scanFiles(app(CONFLUENCE));
    // 5 the page with its history; 7 and 9 the version's author; 10 its number; 12 and 13 a page read without them.
    assert.deepEqual(stored(facts), [
      '5 account-id,display-name,email,product-content',
      '7 account-id,display-name,email',
      '9 account-id,display-name,email',
      '10 other',
      '12 product-content',
      '13 other',
    ]);
  });
});
