import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      title: Panel',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'resources:',
  '  - key: main',
  '    path: static/build',
  'permissions:',
  '  scopes:',
  '    - read:jira-work',
  'app:',
  '  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000002',
  '  runtime:',
  '    name: nodejs22.x',
].join('\n');

const index = (logged: string): string => [
  "import Resolver from '@forge/resolver';",
  "import api, { route } from '@forge/api';",
  'const resolver = new Resolver();',
  "resolver.define('get', async ({ payload }) => {",
  '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${payload.key}`);',
  '  const issue = await res.json();',
  `  console.log('issue', ${logged});`,
  '  return issue.fields.summary;',
  '});',
  'export const handler = resolver.getDefinitions();',
].join('\n');

const logged = async (expression: string): Promise<string[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{"dependencies":{"@forge/api":"^5.0.0","@forge/resolver":"^1.6.0"}}', 'src/index.js': index(expression) });
  return facts.logs.find((l) => l.evidence.line === 7)?.carries.filter((k) => k !== 'other') ?? [];
};

describe('a value guarded with &&', () => {
  it('is the right side: `issue.fields && issue.fields.status` holds none of the people the issue does', async () => {
    assert.deepEqual(await logged('issue.fields && issue.fields.status'), []);
  });

  it('while `||` may be either side', async () => {
    assert.deepEqual((await logged('issue.fields.status || issue.fields')).filter((k) => k === 'email' || k === 'display-name').sort(), ['display-name', 'email']);
  });
});
