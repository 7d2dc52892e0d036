import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest(
  'permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work',
  '  external:', '    fetch:', '      backend:', '        - api.github.com', '        - api.example.com',
);

describe('a client a helper of the app hands the function it is given (`withGithub((octokit) => …)` calling `fn(octokit)`)', () => {
  it('makes the calls in that function on the client: a vendor SDK client, an HTTP client, in another module too', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@octokit/rest': '^21.0.0', axios: '^1.7.0' } }),
      'src/github.ts': [
        "import { Octokit } from '@octokit/rest';",
        'export async function withGithub<T>(work: (octokit: Octokit) => Promise<T>): Promise<T> {',
        '  const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });',
        '  return work(octokit);',
        '}',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import axios from 'axios';",
        "import { withGithub } from './github';",
        'function withTracker(use) {',
        "  const http = axios.create({ baseURL: 'https://api.example.com' });",
        '  return use(http);',
        '}',
        'function forEachLabel(labels, fn) {',
        '  return labels.map((label) => fn(label));',
        '}',
        'async function openIssue(octokit, title) {',
        "  return octokit.rest.issues.create({ owner: 'acme', repo: 'app', title });",
        '}',
        'export async function run(event) {',
        "  await withGithub(async (octokit) => octokit.rest.pulls.list({ owner: 'acme', repo: 'app' }));",
        '  await withGithub((octokit) => openIssue(octokit, event.summary));',
        "  await withTracker((http) => http.post('/items', { summary: event.summary }));",
        "  forEachLabel(event.labels, (label) => label.post('/never', event.summary));",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.url} ${c.evidence.file}:${c.evidence.line}`), ['axios.post https://api.example.com/items src/index.ts:16']);
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.api} ${c.evidence.line}`), [
      'github Octokit.rest.issues.create 11',
      'github Octokit.rest.pulls.list 14',
    ]);
  });

  it('acts as the principal of `@forge/api` the helper hands it; as whoever callers choose when one hands something else', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'const asJira = (fn) => fn(api.asApp());',
        'function eitherWay(client, fn) {',
        '  return fn(client);',
        '}',
        'export async function run(event) {',
        "  await asJira((jira) => jira.requestJira(route`/rest/api/3/issue/${event.key}/comment`, { method: 'POST', body: '{}' }));",
        '  await eitherWay(event.client, (jira) => jira.requestJira(route`/rest/api/3/issue/${event.key}`));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path} ${c.evidence.line}`), [
      'asApp POST /rest/api/3/issue/{}/comment 7',
      'unknown GET /rest/api/3/issue/{} 8',
    ]);
  });
});

describe('a product client in a field of an options parameter (`function sync({ client, issueKey }) { client.requestJira(…) }`)', () => {
  it('acts as the principals callers put in that field, one call each', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        'async function sync({ client, issueKey }) {',
        '  return client.requestJira(route`/rest/api/3/issue/${issueKey}`);',
        '}',
        'async function comment({ client, issueKey }) {',
        "  return client.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, { method: 'POST', body: '{}' });",
        '}',
        'export async function run(event) {',
        '  await sync({ client: api.asUser(), issueKey: event.key });',
        '  await sync({ client: api.asApp(), issueKey: event.key });',
        '  await comment({ client: event.client, issueKey: event.key });',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path} ${c.evidence.line}`), [
      'asUser GET /rest/api/3/issue/{} 3',
      'asApp GET /rest/api/3/issue/{} 3',
      'unknown POST /rest/api/3/issue/{}/comment 6',
    ]);
  });
});
