import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A package the scan does not know builds an HTTP client for a literal base URL: its requests go to that host.
const client = [
  "import { forgeAxios } from 'forge-http-kit';",
  'export const github = forgeAxios({',
  "  target: 'external',",
  "  baseURL: 'https://api.github.com',",
  '});',
  "export const status = forgeAxios({ prefixUrl: `https://status.example.com/v2` });",
].join('\n');
const index = [
  "import { github } from './client';",
  'export async function run() {',
  "  const res = await github.get('/users/octocat');",
  '  return res.data.login;',
  '}',
].join('\n');

describe("a client a package builds for a literal base URL", () => {
  it('uses the declared host, with no request made up; a host no client names stays unused', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - address: api.github.com', '        - address: status.example.com', '        - address: hooks.example.com'),
      'package.json': '{ "dependencies": { "@forge/api": "^5.0.0", "forge-http-kit": "1.0.0" } }',
      'src/client.js': client,
      'src/index.js': index,
    });
    assert.deepEqual(facts.egress.unused.map((d) => d.address), ['hooks.example.com']);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.restCalls, []);
  });
});
