import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: { file: string; line: number }): string => `${e.file}:${e.line}`;

describe('scripts a developer runs (package.json scripts, a tunnel or browser driver run by hand)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/developer-scripts'), { cache: false });
  });

  it('are no egress of the app, nor are the modules only they import; the modules the app imports stay its own', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, at(c.evidence)]), [['api.notes-sync.example.com', 'src/lib/sync.js:2']]);
    assert.deepEqual(facts.egress.undeclared, []);
  });

  it('name no third party the app uses', () => {
    assert.deepEqual(facts.thirdParties, []);
  });
});

describe('a server module that drives a browser itself', () => {
  it('stays the app\'s code when the server imports it, as does a file a deploy tool is given', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': JSON.stringify({ key: 'com.example.export', name: 'Export', baseUrl: 'https://export.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], modules: { generalPages: [{ key: 'export', url: '/export', name: { value: 'Export' } }] } }),
      'package.json': JSON.stringify({ name: 'export', type: 'module', scripts: { start: 'node app.js', pdf: 'node routes/export.js', 'deploy:edge': 'wrangler deploy edge/cache.js' }, dependencies: { express: '^4.18.2', puppeteer: '^23.0.0' } }),
      'app.js': "import express from 'express';\nimport { exportPage } from './routes/export.js';\nconst app = express();\napp.get('/export', exportPage);\napp.listen(3000);\n",
      'routes/export.js': "import puppeteer from 'puppeteer';\nexport async function exportPage(req, res) {\n  const browser = await puppeteer.launch();\n  await fetch('https://pdf.example-render.com/jobs', { method: 'POST' });\n  res.send(await browser.version());\n}\n",
      'edge/cache.js': "export default { fetch: (request) => fetch('https://origin.example-cdn.com/export', request) };\n",
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, at(c.evidence)]), [['origin.example-cdn.com', 'edge/cache.js:1'], ['pdf.example-render.com', 'routes/export.js:4']]);
  });
});
