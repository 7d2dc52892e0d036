import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// `withProvider(provider, remoteName?)`: without a remote, the request goes to the provider's (`providers.auth[].remotes`).
// https://developer.atlassian.com/platform/forge/runtime-reference/external-fetch-api/, .../manifest-reference/providers/
const manifest = (remotes: string[]) => [
  'modules:', '  function:', '    - key: main', '      handler: index.run',
  'providers:', '  auth:', '    - key: drive', '      name: Google Drive', '      type: oauth2', '      clientId: abc123',
  '      scopes:', '        - https://www.googleapis.com/auth/drive.file', '      remotes:', ...remotes.map((r) => `        - ${r}`),
  '      bearerMethod: authorization-header', '      actions:',
  '        authorization:', '          remote: google-login', '          path: /o/oauth2/v2/auth',
  '        exchange:', '          remote: google-token', '          path: /token',
  '        retrieveProfile:', '          remote: google-apis', '          path: /oauth2/v2/userinfo', '          resolvers:', '            id: id', '            displayName: email',
  'remotes:',
  '  - key: google-apis', '    baseUrl: https://www.googleapis.com',
  '  - key: google-upload', '    baseUrl: https://upload.example.com',
  '  - key: google-login', '    baseUrl: https://accounts.google.com',
  '  - key: google-token', '    baseUrl: https://oauth2.googleapis.com',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  external:', '    fetch:', '      backend:', '        - remote: google-apis', '',
].join('\n');
const code = [
  "import api from '@forge/api';",
  'export async function run(event) {',
  "  const drive = api.asUser().withProvider('drive');",
  "  const res = await drive.fetch('/drive/v3/files', { method: 'POST', body: JSON.stringify({ name: event.title }) });",
  '  return res.json();',
  '}',
  '',
].join('\n');

describe('an external authentication provider called without a remote', () => {
  it("goes to the provider's one remote, declared egress", async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(['google-apis']), 'src/index.js': code });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.host, c.url]), [['withProvider.fetch', 'POST', 'remote:google-apis', '/drive/v3/files']]);
    assert.deepEqual([facts.egress.unresolved, facts.egress.undeclared], [[], []]);
    assert.equal(facts.egress.calls.some((c) => 'provider' in c), false);
  });

  it("is the provider's API as a third party, shown at the call; its sign-in remotes Google's sign-in", async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(['google-apis']), 'src/index.js': code });
    assert.deepEqual(facts.thirdParties.map((t) => [t.vendor, t.category, t.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)]), [
      ['google-workspace', 'other', ['egress www.googleapis.com src/index.js:4', 'declared-egress remote:google-apis manifest.yml:46', 'declared-egress https://www.googleapis.com manifest.yml:31']],
      ['google-identity', 'auth', ['declared-egress https://accounts.google.com manifest.yml:35', 'declared-egress https://oauth2.googleapis.com manifest.yml:37']],
    ]);
  });

  it('is not resolved when the provider has several remotes', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(['google-apis', 'google-upload']), 'src/index.js': code });
    assert.deepEqual(facts.egress.calls.map((c) => c.host), [null]);
    assert.equal(facts.egress.unresolved.length, 1);
  });
});
