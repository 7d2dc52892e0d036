import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import api, { route, storage } from '@forge/api';",
  '',
  'export async function run(event) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/project/${event.key}`);',
  '  const project = await res.json();',
  "  await storage.set('name', { name: project.name, key: project.key, style: project.style });",
  "  await storage.set('about', project.description);",
  "  await storage.set('lead', project.lead);",
  "  await storage.set('project', project);",
  "  const { values } = await (await api.asApp().requestJira(route`/rest/api/3/project/search?maxResults=50`)).json();",
  "  await storage.set('projects', values.map((p) => ({ key: p.key, name: p.name })));",
  "  await storage.set('first', values[0].avatarUrls);",
  "  await storage.set('list', values);",
  "  const led = await (await api.asApp().requestJira(route`/rest/api/3/project/search?expand=lead,description`)).json();",
  "  await storage.set('led', led.values);",
  "  const board = await (await api.asApp().requestJira(route`/rest/agile/1.0/board/7`)).json();",
  "  await storage.set('board', { name: board.name, type: board.type, location: board.location });",
  "  const sprint = await (await api.asApp().requestJira(route`/rest/agile/1.0/sprint/42`)).json();",
  "  await storage.set('sprint', { name: sprint.name, state: sprint.state, goal: sprint.goal });",
  "  const versions = await (await api.asApp().requestJira(route`/rest/api/2/project/ENG/versions`)).json();",
  "  await storage.set('versions', versions.map((v) => v.name));",
  "  const { name, lead } = await getComponent('10000');",
  "  await storage.set('component', { name, lead });",
  "  const component = await getComponent('10001');",
  "  await storage.set('label', component.name);",
  '  console.log(`Project ${project.name} (${project.key}) led by ${project.lead.displayName}`);',
  '}',
  '',
  'async function getComponent(id) {',
  '  const res = await api.asApp().requestJira(route`/rest/api/3/component/${id}`);',
  '  return res.json();',
  '}',
  '',
].join('\n');

describe('a read of a project, board, sprint, version or component: its names and keys are metadata, its description and people data', () => {
  it('each field holds what the operation\'s answer has there; the whole answer all of it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - read:jira-user', '    - storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': INDEX,
    });
    const stored = Object.fromEntries(facts.storage.map((s) => [s.key, s.carries.join(',')]));
    assert.deepEqual(stored, {
      name: 'other',
      about: 'product-content',
      lead: 'account-id,display-name,email',
      project: 'account-id,display-name,email,product-content',
      projects: 'other',
      first: 'other',
      // A list of projects holds their descriptions and leads only when its request expands them.
      list: 'other',
      led: 'account-id,display-name,email,product-content',
      board: 'account-id,display-name',
      sprint: 'product-content',
      versions: 'other',
      component: 'account-id,display-name,email',
      label: 'other',
    });
    assert.deepEqual(facts.logs.map((l) => l.carries), [['display-name']]);
  });
});

describe('a helper that reads fields of its parameter, given a project', () => {
  const READ = "  const one = await (await api.asApp().requestJira(route`/rest/api/3/project/${event.key}`)).json();";
  const SAVE = "async function saveOne(p) { await storage.set('one', { key: p.key, name: p.name }); }";

  it('its name and key are metadata, as they are read inline, also when the helper is in another module', async () => {
    for (const files of [
      { 'src/index.js': ["import api, { route, storage } from '@forge/api';", SAVE, 'export async function run(event) {', READ, '  await saveOne(one);', '}', ''].join('\n') },
      {
        'src/index.js': ["import api, { route } from '@forge/api';", "import { saveOne } from './save';", 'export async function run(event) {', READ, '  await saveOne(one);', '}', ''].join('\n'),
        'src/save.js': ["import { storage } from '@forge/api';", `export ${SAVE}`, ''].join('\n'),
      },
    ]) {
      const { facts } = await scanFiles({
        'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - storage:app'),
        'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
        ...files,
      });
      assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.join(',')]), [['one', 'other']]);
    }
  });
});
