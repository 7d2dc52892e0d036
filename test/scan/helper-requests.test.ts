import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

describe('a request helper called with different data by different callers', () => {
  it('sends at each caller what that caller gives it: the body it passes, nothing when it passes none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.example-crm.com'),
      'src/client.js': [
        "import { fetch } from '@forge/api';",
        'export async function callApi(path, body) {',
        '  const res = await fetch(`https://api.example-crm.com${path}`, {',
        "    method: 'POST',",
        '    headers: { Authorization: `Bearer ${process.env.CRM_TOKEN}` },',
        '    body: JSON.stringify(body),',
        '  });',
        '  return res.json();',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { callApi } from './client';",
        'export const run = async (event, context) => {',
        "  await callApi('/credits');",
        "  await callApi('/notes', { by: context.accountId });",
        "  await callApi('/ping', { at: Date.now() });",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.url, c.carries, at(c.evidence), c.via && at(c.via)]), [
      ['https://api.example-crm.com/credits', ['secret'], 'src/index.js:3', 'src/client.js:3'],
      ['https://api.example-crm.com/notes', ['account-id', 'secret'], 'src/index.js:4', 'src/client.js:3'],
      ['https://api.example-crm.com/ping', ['secret'], 'src/index.js:5', 'src/client.js:3'],
    ]);
  });

  it('sends the field of an options object each caller gives (`api(path, { method, body })`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.example-crm.com'),
      'src/client.js': [
        "import { fetch } from '@forge/api';",
        "export async function api(path, { method = 'GET', body } = {}) {",
        '  const res = await fetch(`https://api.example-crm.com${path}`, { method, body: body ? JSON.stringify(body) : undefined });',
        '  return res.json();',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { api } from './client';",
        'export const run = async (event, context) => {',
        "  await api('/credits');",
        "  await api('/notes', { method: 'POST', body: { by: context.accountId } });",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, at(c.evidence)]), [
      ['GET', 'https://api.example-crm.com/credits', ['other'], 'src/index.js:3'],
      ['POST', 'https://api.example-crm.com/notes', ['account-id'], 'src/index.js:4'],
    ]);
  });

  it('sends the method and body each caller gives a helper that builds its options field by field', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - https://api.example-crm.com'),
      'src/api.js': [
        "import { fetch } from '@forge/api';",
        "export async function callAPI(path, body, method = 'POST') {",
        "  const params = { headers: { 'Content-Type': 'application/json' } };",
        '  if (body) params.body = JSON.stringify(body);',
        '  params.method = method;',
        "  return fetch('https://api.example-crm.com' + path, params);",
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { callAPI } from './api';",
        'export const run = async (event, context) => {',
        "  await callAPI('/usage', undefined, 'GET');",
        "  await callAPI('/notes', { text: event.text });",
        "  await callAPI('/users', { id: context.accountId }, 'PUT');",
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.method, c.url, c.carries, at(c.evidence)]), [
      ['GET', 'https://api.example-crm.com/usage', ['other'], 'src/index.js:3'],
      ['POST', 'https://api.example-crm.com/notes', ['resolver-payload'], 'src/index.js:4'],
      ['PUT', 'https://api.example-crm.com/users', ['account-id'], 'src/index.js:5'],
    ]);
  });
});
