import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest(
  'modules:', '  function:', '    - key: fn', '      handler: index.run',
  'permissions:', '  external:', '    fetch:', '      backend:', '        - address: https://git.example.io',
);

const client = [
  "import { fetch } from '@forge/api';",
  'const headers = (token) => ({ Authorization: `token ${token}` });',
  'const listBranches = async (token, repo) => {',
  '  const res = await fetch(`https://git.example.io/repos/${repo}/branches`, { headers: headers(token) });',
  '  return res.json();',
  '};',
  'const whoAmI = async (token) => (await fetch(`https://git.example.io/me`, { headers: headers(token) })).json();',
  'const git = { repo: { branches: listBranches }, whoAmI };',
  'export const flat = { listBranches };',
  'export default git;',
  '',
].join('\n');

describe('functions named in an object another module exports (`export default git` with `const git = { repo: { branches } }`)', () => {
  it('are the app function called, so their answer is the server\'s, not the token and names they are given', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/git.js': client,
      'src/index.js': [
        "import git, { flat } from './git';",
        'export async function run({ payload }) {',
        '  const branches = await git.repo.branches(payload.token, payload.repo);',
        "  console.log('branches', branches);",
        '  const again = await flat.listBranches(payload.token, payload.repo);',
        "  console.log('again', again);",
        '  const me = await git.whoAmI(payload.token);',
        "  console.log('me', me);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['4 other', '6 other', '8 other']);
    // Each caller's request, shown where it names the repository.
    assert.deepEqual(facts.egress.calls.filter((c) => c.url?.includes('branches')).map((c) => `${c.evidence.file}:${c.evidence.line}`), ['src/index.js:3', 'src/index.js:5']);
  });
});
