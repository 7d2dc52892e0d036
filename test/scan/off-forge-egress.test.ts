import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A Forge app whose repository also holds the web server of its remote (or of its Connect past).
const FILES = {
  'manifest.yml': forgeManifest(),
  'package.json': '{ "dependencies": { "@forge/api": "^5.0.0", "express": "^4.18.2", "@sentry/node": "^8.0.0" } }',
  'src/index.js': "import { label } from './shared/format.js';\nexport async function run(event) {\n  await fetch('https://status.example.com/ping');\n  return label(event);\n}",
  'src/shared/format.js': "export const label = async (e) => (await fetch('https://labels.example.com/v1')).json();",
  'server/app.js': "import express from 'express';\nimport * as Sentry from '@sentry/node';\nimport { summarise } from './ai.js';\nimport { label } from '../src/shared/format.js';\nconst app = express();\napp.post('/webhooks/issue', async (req, res) => { Sentry.captureException(new Error('x')); res.json(await summarise(req.body.issue.fields.summary, label)); });\napp.listen(3000);",
  'server/ai.js': "export const summarise = (text) => fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ text }) });",
};

describe('egress of code that runs outside Forge', () => {
  it('a web server beside the Forge functions, and what only it imports, is not bound by the manifest', async () => {
    const { facts } = await scanFiles(FILES);
    assert.deepEqual(facts.egress.undeclared.map((u) => `${u.host} ${u.evidence.file}:${u.evidence.line}`).sort(), [
      'labels.example.com src/shared/format.js:1',
      'status.example.com src/index.js:3',
    ]);
    // Its calls are still the app's egress, and its vendors still third parties.
    assert.deepEqual(facts.egress.calls.map((c) => c.host).sort(), ['api.openai.com', 'labels.example.com', 'status.example.com']);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor).sort(), ['openai', 'sentry']);
  });
});
