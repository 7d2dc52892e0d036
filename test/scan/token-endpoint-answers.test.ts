import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  webtrigger:',
  '    - key: oauth-callback',
  '      function: callback',
  '  function:',
  '    - key: callback',
  '      handler: oauth.callback',
  'permissions:',
  '  scopes:',
  '    - storage:app',
  '  external:',
  '    fetch:',
  '      backend:',
  '        - github.com',
  '        - api.github.com',
  'app:',
  '  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001',
  '  runtime:',
  '    name: nodejs22.x',
].join('\n');

const oauth = (url: string): string => [
  "import { fetch } from '@forge/api';",
  `const TOKEN_URL = '${url}';`,
  'export async function callback(request) {',
  '  const code = request.queryParameters.code?.[0];',
  '  const res = await fetch(TOKEN_URL, {',
  "    method: 'POST',",
  "    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },",
  '    body: JSON.stringify({ client_id: process.env.GITHUB_CLIENT_ID, client_secret: process.env.GITHUB_CLIENT_SECRET, code }),',
  '  });',
  '  const data = await res.json();',
  "  console.log('token exchange', res.status, data);",
  "  return { statusCode: 200, body: 'ok' };",
  '}',
].join('\n');

describe('the answer of an OAuth token endpoint', () => {
  it('holds an access token: logging it logs a secret', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{"dependencies":{"@forge/api":"^5.0.0"}}', 'src/oauth.js': oauth('https://github.com/login/oauth/access_token') });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries.includes('secret')]), [[11, true]]);
  });

  it('while the answer of another request to the same host holds none', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'package.json': '{"dependencies":{"@forge/api":"^5.0.0"}}', 'src/oauth.js': oauth('https://api.github.com/user/repos') });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries.includes('secret')]), [[11, false]]);
  });
});
