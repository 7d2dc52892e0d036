import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a client destructured from what an async factory of the app returns (`const { client } = await httpClient(repo)`)', () => {
  it('is that client, from a function here or in another module; a field holding no client is none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.example.com', '        - api.github.com'),
      'package.json': JSON.stringify({ dependencies: { axios: '^1.7.0', '@octokit/rest': '^21.0.0' } }),
      'src/github.js': [
        "import { Octokit } from '@octokit/rest';",
        'export async function githubClient(repo) {',
        '  const token = await tokenFor(repo.owner);',
        '  const octokit = new Octokit({ auth: token });',
        '  return { octokit, owner: repo.owner };',
        '}',
        'async function tokenFor(owner) {',
        '  return process.env[`TOKEN_${owner}`];',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import axios from 'axios';",
        "import { githubClient } from './github';",
        'async function trackerClient(token) {',
        "  const client = axios.create({ baseURL: 'https://api.example.com' });",
        '  const log = { post: (line) => line.length };',
        '  return { client, log, token };',
        '}',
        'export async function run(event) {',
        '  const { client, log } = await trackerClient(process.env.TOKEN);',
        "  await client.post('/issues', { summary: event.summary });",
        '  log.post(event.summary);',
        "  const { octokit, owner } = await githubClient({ owner: 'acme' });",
        "  await octokit.rest.issues.create({ owner, repo: 'app', title: event.summary });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.client} ${c.url} ${c.evidence.line}`), ['axios.post https://api.example.com/issues 10']);
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.api} ${c.evidence.line}`), ['github Octokit.rest.issues.create 13']);
  });
});
