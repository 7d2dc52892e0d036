import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect server whose URLs come from the environment, with the app's default after `??` or `||`.
const FILES = {
  'atlassian-connect.json': JSON.stringify({ key: 'com.example.timesheets', baseUrl: 'https://timesheets.example.io', authentication: { type: 'jwt' }, scopes: ['READ'], modules: {} }),
  'package.json': '{ "dependencies": { "express": "^4.19.0", "node-fetch": "^3.3.0" } }',
  'src/alerts.js': [
    "import fetch from 'node-fetch';",
    "const API = process.env.REPORTS_API || 'https://reports.example.net/v2';",
    'export async function alert(text) {',
    "  await fetch(process.env.SLACK_ALERTS_URL ?? 'https://hooks.slack.com/services/T000/B000/XXXX', { method: 'POST', body: JSON.stringify({ text }) });",
    '  await fetch(`${API}/events`, { method: \'POST\', body: text });',
    '}',
    'export async function relay(url, text) {',
    "  await fetch(url || '/relative', { method: 'POST', body: text });",
    '}',
  ].join('\n'),
};

describe('a URL from configuration with a default', () => {
  it('is the default the code gives: `process.env.X ?? \'https://…\'`, `const API = process.env.Y || \'https://…\'`', async () => {
    const { facts } = await scanFiles(FILES);
    assert.deepEqual(facts.egress.calls.map((c) => `${c.host} ${c.evidence.line}`), ['hooks.slack.com 4', 'reports.example.net 5', 'null 8']);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['slack']);
  });
});
