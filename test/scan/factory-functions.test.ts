import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const logs = (facts: Facts) => facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line} ${l.carries.join(',')}`);

describe('a function of the object an app function returns (`const jira = makeJira(); jira.getIssue(key)`)', () => {
  it('gives back what that function returns, called on the object or destructured, from the module or another', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ name: 'app', dependencies: { '@forge/api': '^5.0.0' } }),
      'src/jira.js': [
        "import api, { route } from '@forge/api';",
        'export default function makeJira() {',
        '  async function getIssue(key) {',
        '    const res = await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
        '    return res.json();',
        '  }',
        '  const count = async () => 3;',
        '  return { getIssue, count };',
        '}',
        'export const makeSearch = () => ({',
        '  search: async (jql) => (await api.asApp().requestJira(route`/rest/api/3/search?jql=${jql}`)).json(),',
        '});',
      ].join('\n'),
      'src/index.js': [
        "import makeJira, { makeSearch } from './jira';",
        'export async function run(event) {',
        '  const jira = makeJira();',
        "  console.log('issue', await jira.getIssue(event.issue.key));",
        "  console.log('count', await jira.count());",
        '  const { getIssue } = makeJira();',
        "  console.log('again', await getIssue('X-1'));",
        "  console.log('found', await makeSearch().search('project = X'));",
        "  console.log('other', jira.toString());",
        '}',
      ].join('\n'),
    });
    // The issue read and the search name no fields: all of them, or the navigable ones, the assignee, reporter and creator among them.
    assert.deepEqual(logs(facts), [
      'src/index.js:4 account-id,display-name,email,product-content',
      'src/index.js:5 other',
      'src/index.js:7 account-id,display-name,email,product-content',
      'src/index.js:8 account-id,display-name,email,product-content',
      'src/index.js:9 other',
    ]);
  });

  it('is the same for a React hook that hands back functions (`const { search } = useJira()`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:', '  jira:globalPage:', '    - key: page', '      resource: main', '      title: Page',
        'resources:', '  - key: main', '    path: static/build',
        'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
        'permissions:', '  scopes:', '    - read:jira-work', '',
      ].join('\n'),
      'static/package.json': JSON.stringify({ dependencies: { '@forge/bridge': '5.0.0', react: '18.2.0' } }),
      'static/src/useJira.js': [
        "import { requestJira } from '@forge/bridge';",
        'export default function useJira() {',
        '  const search = async (jql) => {',
        '    const response = await requestJira(`/rest/api/3/search?jql=${jql}`);',
        '    const data = await response.json();',
        '    return data;',
        '  };',
        '  return { search };',
        '}',
      ].join('\n'),
      'static/src/App.js': [
        "import useJira from './useJira';",
        'export default function App() {',
        '  const { search } = useJira();',
        "  search('project = X').then((data) => console.log('data', data));",
        '  return null;',
        '}',
      ].join('\n'),
    });
    // The search names no fields: the navigable ones, with the assignee, reporter and creator.
    assert.deepEqual(logs(facts), ['static/src/App.js:4 account-id,display-name,email,product-content']);
  });
});
