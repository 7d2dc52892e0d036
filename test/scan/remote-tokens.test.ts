import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const code = [
  "import { invokeRemote } from '@forge/api';",
  "export const run = async () => invokeRemote('backend', { path: '/sync', method: 'POST' });",
  '',
].join('\n');

const app = (auth: string[]): Record<string, string> => ({
  'manifest.yml': forgeManifest(
    'remotes:', '  - key: backend', '    baseUrl: https://backend.example.com', '    operations:', '      - compute',
    ...auth,
    'permissions:', '  scopes:', '    - read:jira-work', '    - read:app-system-token', '    - read:app-user-token',
  ),
  'src/index.js': code,
});

describe('a remote Forge sends tokens to (`remotes[].auth`)', () => {
  it('uses the token scopes and may use any product scope with them', async () => {
    const { facts } = await scanFiles(app(['    auth:', '      appSystemToken:', '        enabled: true', '      appUserToken:', '        enabled: true']));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.tokens]), [['backend', ['appSystemToken', 'appUserToken']]]);
    assert.deepEqual(facts.scopes.unused, []);
    assert.deepEqual(facts.scopes.unchecked.map((d) => d.scope), ['read:jira-work']);
  });

  it('a token not enabled uses nothing', async () => {
    const { facts } = await scanFiles(app(['    auth:', '      appSystemToken:', '        enabled: true', '      appUserToken:', '        enabled: false']));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.tokens]), [['backend', ['appSystemToken']]]);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['read:app-user-token']);
    assert.deepEqual(facts.scopes.unchecked.map((d) => d.scope), ['read:jira-work']);
  });

  it('without auth, the scopes are unused', async () => {
    const { facts } = await scanFiles(app([]));
    assert.deepEqual(facts.egress.remotes.map((r) => [r.key, r.tokens]), [['backend', undefined]]);
    assert.deepEqual(facts.scopes.unused.map((d) => d.scope), ['read:jira-work', 'read:app-system-token', 'read:app-user-token']);
  });
});

describe('the remote the manifest lets functions reach (`fetch.backend: - remote: backend`)', () => {
  it('is used by invokeRemote', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(
        'remotes:', '  - key: backend', '    baseUrl: https://backend.example.com', '    operations:', '      - compute',
        'permissions:', '  external:', '    fetch:', '      backend:', '        - remote: backend', '        - api.example.com',
      ),
      'src/index.js': code,
    });
    assert.deepEqual(facts.egress.declared.map((d) => d.address), ['remote:backend', 'api.example.com', 'https://backend.example.com']);
    assert.deepEqual(facts.egress.unused.map((d) => d.address), ['api.example.com']);
  });
});

describe('what a remote answers', () => {
  it('holds what the remote sends back, not what the app sent it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('remotes:', '  - key: backend', '    baseUrl: https://backend.example.com', '    operations:', '      - compute'),
      'src/index.js': [
        "import { invokeRemote } from '@forge/api';",
        'export const run = async (event) => {',
        "  const response = await invokeRemote('backend', { path: '/authorize', method: 'POST', body: JSON.stringify({ note: event.note }) });",
        "  if (!response.ok) console.error('failed', await response.text());",
        '  const { token } = await response.json();',
        "  console.log('token', token);",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.host, c.carries]), [['invokeRemote', 'remote:backend', ['resolver-payload']]]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[4, ['other']], [6, ['secret']]]);
  });
});
