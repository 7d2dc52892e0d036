import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

it('a module required where no declaration binds it (called, or a member of it used) is imported', async () => {
  const { facts } = await scanFiles({
    'manifest.yml': forgeManifest(),
    'package.json': '{ "dependencies": { "@forge/api": "^5.0.0", "express": "^4.18.2", "dotenv": "^16.0.0", "@sentry/node": "^8.0.0" } }',
    'src/index.js': "export async function run() {\n  await fetch('https://status.example.com/ping');\n}",
    // The web server of the app's remote, written with the modules required in place.
    'server/app.js': [
      "require('dotenv').config();",
      "require('@sentry/node').init({ dsn: process.env.SENTRY_DSN });",
      "const app = require('express')();",
      "app.post('/webhooks/issue', async (req, res) => res.json(await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify(req.body) })));",
      'app.listen(3000);',
    ].join('\n'),
  });
  // The server is no Forge function: the manifest does not bind its egress.
  assert.deepEqual(facts.egress.undeclared.map((u) => `${u.host} ${u.evidence.file}:${u.evidence.line}`), ['status.example.com src/index.js:2']);
  const sentry = facts.thirdParties.find((t) => t.vendor === 'sentry');
  assert.deepEqual(sentry?.via.filter((v) => v.kind === 'import').map((v) => `${v.evidence.file}:${v.evidence.line}`), ['server/app.js:2']);
});
