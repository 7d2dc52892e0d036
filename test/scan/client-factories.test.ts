import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const INDEX = [
  "import { Octokit } from '@octokit/core';",
  "import OpenAI from 'openai';",
  "import axios from 'axios';",
  '',
  'function getOctokit(token) {',
  '  return new Octokit({ auth: token });',
  '}',
  'const openaiFor = (apiKey) => new OpenAI({ apiKey });',
  "function tracker(timeout = 5000) {",
  "  return axios.create({ baseURL: 'https://api.tracker.example', timeout });",
  '}',
  "const crm = ({ apiKey, region = 'eu' }) => axios.create({ baseURL: `https://${region}.crm.example`, headers: { 'x-api-key': apiKey } });",
  '',
  'export async function run(event) {',
  '  const octokit = getOctokit(process.env.GITHUB_TOKEN);',
  "  await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', title: event.summary });",
  '  const ai = openaiFor(process.env.OPENAI_KEY);',
  "  await ai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: event.summary }] });",
  "  await tracker().post('/events', { text: event.summary });",
  "  await crm({ apiKey: process.env.CRM_KEY }).put('/contacts/1', { note: event.summary });",
  '}',
  '',
].join('\n');

describe('a client a module function with parameters builds (`getOctokit(token)`, `openaiFor(key)`, `tracker()`, `crm({ apiKey })`)', () => {
  it('is followed to its SDK or HTTP client, as one a function without parameters builds', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.github.com', '        - api.openai.com', '        - api.tracker.example'),
      'package.json': JSON.stringify({ dependencies: { '@octokit/core': '^7.0.0', openai: '^4.0.0', axios: '^1.7.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.evidence.line]), [
      ['github', 'Octokit.request', 16],
      ['openai', 'chat.completions.create', 18],
    ]);
    // The region a destructured parameter holds is not known where the client is used.
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.evidence.line]), [
      ['axios.post', 'POST', 'https://api.tracker.example/events', 19],
      ['axios.put', 'PUT', 'https://{}.crm.example/contacts/1', 20],
    ]);
  });
});

describe('a client a module function makes inside `try`, its catch throwing (`try { … return client; } catch (e) { throw … }`)', () => {
  it('is followed as the function made it outside one; a catch that hands back something else is not', async () => {
    const index = [
      "import { Octokit } from 'octokit';",
      'let kept = null;',
      'const keptClient = async (token) => {',
      '  try {',
      '    if (kept) return kept;',
      '    kept = new Octokit({ auth: token });',
      '    return kept;',
      '  } catch (err) {',
      "    throw new Error('no GitHub client');",
      '  }',
      '};',
      'function freshClient(token) {',
      '  try {',
      '    return new Octokit({ auth: token });',
      '  } catch (err) {',
      '    console.error(err);',
      '    throw err;',
      '  }',
      '}',
      'function maybeClient(token) {',
      '  try {',
      '    return new Octokit({ auth: token });',
      '  } catch (err) {',
      '    return offline;',
      '  }',
      '}',
      'export async function run(event) {',
      '  const kept = await keptClient(process.env.GITHUB_TOKEN);',
      "  await kept.request('GET /user/repos');",
      '  const fresh = freshClient(process.env.GITHUB_TOKEN);',
      "  await fresh.request('POST /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'app', title: event.summary });",
      '  const maybe = maybeClient(process.env.GITHUB_TOKEN);',
      "  await maybe.request('GET /user');",
      '}',
      '',
    ].join('\n');
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - api.github.com'),
      'package.json': JSON.stringify({ dependencies: { octokit: '^5.0.0' } }),
      'src/index.js': index,
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.evidence.line]), [
      ['github', 'Octokit.request', 29],
      ['github', 'Octokit.request', 31],
    ]);
  });
});
