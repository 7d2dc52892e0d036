import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a getter that makes a vendor\'s client once and keeps it in a variable of the module', () => {
  it('hands back that client: the calls on what it returns are the vendor\'s', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - address: api.github.com'),
      'package.json': JSON.stringify({ dependencies: { octokit: '^4.0.0' } }),
      'src/index.js': [
        "import { Octokit } from 'octokit';",
        'let kept = null;',
        'let keptToken = null;',
        'const github = async (token) => {',
        '  if (kept && keptToken === token) {',
        '    return kept;',
        '  }',
        '  kept = new Octokit({ auth: token });',
        '  keptToken = token;',
        '  return kept;',
        '};',
        'export async function run(payload) {',
        '  const client = await github(payload.token);',
        "  return client.request('GET /repos/{owner}/{repo}/pulls', { owner: payload.owner, repo: payload.repo });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.api} ${c.evidence.line}`), ['github Octokit.request 14']);
  });
});
