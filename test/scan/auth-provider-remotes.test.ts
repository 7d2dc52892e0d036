import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// Forge's external authentication (`providers.auth`) names the remotes of the provider's API and OAuth endpoints;
// a remote that an endpoint module (or the Connect app) also names is the app's own backend; an egress entry naming one only lets the app reach it.
const manifest = [
  'modules:',
  '  macro:',
  '    - key: files',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      title: Files',
  '  endpoint:',
  '    - key: own',
  '      remote: backend',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  '      providers:',
  '        auth:',
  '          - google',
  'resources:',
  '  - key: main',
  '    path: static/main',
  'providers:',
  '  auth:',
  '    - key: google',
  '      name: Google',
  '      type: oauth2',
  '      clientId: 1234.apps.googleusercontent.com',
  '      scopes:',
  '        - profile',
  '      remotes:',
  '        - google-apis',
  '      bearerMethod: authorization-header',
  '      actions:',
  '        authorization:',
  '          remote: google-account',
  '          path: /o/oauth2/v2/auth',
  '        exchange:',
  '          remote: google-oauth',
  '          path: /token',
  '        retrieveProfile:',
  '          remote: google-apis',
  '          path: /userinfo/v2/me',
  '          resolvers:',
  '            id: id',
  '            displayName: email',
  'remotes:',
  '  - key: google-apis',
  '    baseUrl: https://www.googleapis.com',
  '  - key: google-account',
  '    baseUrl: https://accounts.google.com',
  '  - key: google-oauth',
  '    baseUrl: https://oauth2.googleapis.com',
  '  - key: backend',
  '    baseUrl: https://files.example.com',
  'permissions:',
  '  external:',
  '    fetch:',
  '      backend:',
  '        - remote: google-apis',
  'app:',
  '  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000002',
  '  runtime:',
  '    name: nodejs22.x',
  '',
].join('\n');

describe('remotes of an external authentication provider', () => {
  it("are marked with the provider that names them; the app's own remote is not", async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'src/index.js': 'export const handler = () => null;\n' });
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.provider ?? null]), [['google-apis', 'google'], ['google-account', 'google'], ['google-oauth', 'google'], ['backend', null]]);
  });
});

// The same app declaring its remotes' hosts as addresses under `fetch.backend`, as Forge's OAuth tutorial does, and one host no code reaches.
const byAddress = manifest.replace('        - remote: google-apis\n', [
  '        - https://www.googleapis.com',
  '        - https://accounts.google.com',
  '        - https://oauth2.googleapis.com',
  '        - https://files.example.com',
  '        - https://nowhere.example.org',
  '',
].join('\n'));

describe('egress declarations of the hosts of remotes', () => {
  it("are used by the provider's OAuth flow and by calls through the remote; a host nothing reaches is unused", async () => {
    const code = [
      "import api, { invokeRemote } from '@forge/api';",
      'export const handler = async () => {',
      "  const google = api.asUser().withProvider('google', 'google-apis');",
      "  const me = await google.fetch('/userinfo/v2/me');",
      "  await invokeRemote('backend', { path: '/files', method: 'GET' });",
      '  return me.ok;',
      '};',
      '',
    ].join('\n');
    const { facts } = await scanFiles({ 'manifest.yml': byAddress, 'src/index.js': code });
    assert.deepEqual(facts.egress.unresolved, []);
    assert.deepEqual(facts.egress.unused.map((d) => d.address), ['https://nowhere.example.org']);
  });
});
