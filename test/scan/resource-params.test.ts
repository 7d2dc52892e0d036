import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'sprint-gadget', baseUrl: 'https://gadget.example.com', authentication: { type: 'none' }, scopes: ['READ'],
  modules: { jiraDashboardItems: [{ key: 'gadget', url: '/gadget.html', name: { value: 'Gadget' }, description: { value: 'Gadget' } }] },
});

const paths = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): string[] => facts.restCalls.map((c) => `${c.method} ${c.path}`).sort();

describe('a helper whose parameter is the resource after the API\'s version', () => {
  it('makes one request per resource its callers name (`/rest/api/2/${resource}`)', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'gadget.js': [
        'function jira(resource, data, method = "GET") {',
        '  return AP.request({ method, url: `/rest/api/2/${resource}`, data }).then((r) => JSON.parse(r.body));',
        '}',
        'function todo() {',
        "  return jira('search', { jql: 'statusCategory = \"To Do\"' });",
        '}',
        'function latest(issue) {',
        '  return jira(`issue/${issue.id}/comment`, { maxResults: 1 });',
        '}',
        'todo().then((r) => Promise.all(r.issues.map(latest)));',
        '',
      ].join('\n'),
    });
    assert.deepEqual(paths(facts), ['GET /rest/api/2/issue/{}/comment', 'GET /rest/api/2/search']);
    assert.deepEqual(facts.scopes.needed.map((n) => n.scope), ['READ', 'READ']);
  });

  it('keeps a parameter that follows a resource as the item it names (`/rest/api/3/issue/${key}`)', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'gadget.js': [
        'function issue(key) {',
        '  return AP.request(`/rest/api/3/issue/${key}`);',
        '}',
        "issue('KEY-1');",
        '',
      ].join('\n'),
    });
    assert.deepEqual(paths(facts), ['GET /rest/api/3/issue/{}']);
  });
});
