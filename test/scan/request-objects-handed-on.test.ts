import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a request object a wrapper hands on whole to the helper that sends it', () => {
  it('is sent with the path and body each caller of the wrapper gives, to the host the helper names', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - address: https://api.example.com'),
      'src/client.ts': [
        "import api from '@forge/api';",
        'async function send(token: string, request: { method: string; path: string; body?: unknown }) {',
        '  return api.fetch(`https://api.example.com${request.path}`, {',
        '    method: request.method,',
        '    headers: { Authorization: `Bearer ${token}` },',
        '    body: request.body === undefined ? undefined : JSON.stringify(request.body),',
        '  });',
        '}',
        'export async function withRetries(token: string, request: { method: string; path: string; body?: unknown }) {',
        '  for (let attempt = 0; ; attempt += 1) {',
        '    const res = await send(token, request);',
        '    if (res.status !== 429 || attempt > 2) return res;',
        '  }',
        '}',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import { withRetries } from './client';",
        'export async function run(payload: { email: string; accountId: string }) {',
        '  const token = process.env.DIRECTORY_TOKEN!;',
        "  await withRetries(token, { method: 'POST', path: '/users/search', body: { emails: [payload.email] } });",
        "  await withRetries(token, { method: 'POST', path: `/groups/staff/members`, body: { accountId: payload.accountId } });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((e) => `${e.method} ${e.host} ${e.url} [${e.carries.filter((k) => k !== 'secret').join(',')}] ${e.evidence.file}:${e.evidence.line}`), [
      'POST api.example.com https://api.example.com/users/search [email] src/index.ts:4',
      'POST api.example.com https://api.example.com/groups/staff/members [account-id] src/index.ts:5',
    ]);
  });
});
