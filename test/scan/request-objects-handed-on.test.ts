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

  it('leaves a request at the wrapper that names its path when only the site it hands on whole comes from further out', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'com.example.notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' }, lifecycle: { installed: '/installed' }, scopes: ['READ', 'WRITE'], modules: {} }),
      'package.json': JSON.stringify({ name: 'notes', dependencies: { express: '^4.21.0' } }),
      'src/jira.js': [
        'export async function jira(site, method, path, body) {',
        '  const res = await fetch(`${site.baseUrl}${path}`, { method, headers: { Authorization: `JWT ${site.token}` }, body: JSON.stringify(body) });',
        '  return res.json();',
        '}',
        '',
      ].join('\n'),
      'src/issues.js': [
        "import { jira } from './jira.js';",
        'export function comment(site, key, text) {',
        "  return jira(site, 'POST', `/rest/api/3/issue/${key}/comment`, { body: text });",
        '}',
        'export function read(site, path) {',
        "  return jira(site, 'GET', path);",
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import express from 'express';",
        "import { comment, read } from './issues.js';",
        'const app = express();',
        "app.post('/installed', (req, res) => res.sendStatus(204));",
        "app.post('/note', async (req, res) => { await comment(req.site, req.body.key, req.body.text); res.json(await read(req.site, '/rest/api/3/myself')); });",
        'app.listen(8080);',
        '',
      ].join('\n'),
    });
    // `read` hands its path on too, so the route that names it is where that request is shown.
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line} via ${c.via?.file}:${c.via?.line}`), [
      'POST /rest/api/3/issue/{}/comment src/issues.js:3 via src/jira.js:2',
      'GET /rest/api/3/myself src/index.js:5 via src/jira.js:2',
    ]);
  });
});
