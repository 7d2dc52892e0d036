import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// What a `catch` receives is an error (docs/facts.md): its message, and the body of an error response, hold no
// End-User Data, whether the log call is handed the error, a field of it, or a template literal made of them.
describe('errors logged in a template literal (`console.error(`Failed: ${e}`)`)', () => {
  it('carry what the same values carry handed to the log call as arguments', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import axios from 'axios';",
        '',
        'export async function run(event) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${event.issue.key}`);',
        '  const issue = await res.json();',
        '  try {',
        "    await axios.post('https://sync.example.com/issues', { summary: issue.fields.summary });",
        '  } catch (e) {',
        '    console.error(`Failed: ${e}`);',
        "    console.error('Failed:', e);",
        '    console.error(`Failed: ${e.response?.data}`);',
        "    console.error('Failed:', e.response?.data);",
        '    console.error(`Failed ${issue.key}: ${JSON.stringify(e.response?.data)}`);',
        '    console.error(`Failed for ${issue.fields.summary}: ${e.message}`);',
        "    console.error('Failed for', issue.fields.summary, e.message);",
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [10, ['other']],
      [11, ['other']],
      [12, ['other']],
      [13, ['other']],
      [14, ['other']],
      [15, ['product-content']],
      [16, ['product-content']],
    ]);
  });
});

// Express calls a middleware of four parameters with the error first: its message is no more End-User Data than a caught one's,
// while the request beside it still is.
describe("Express's error-handling middleware (`app.use((err, req, res, next) => …)`)", () => {
  it('gets an error, not a request, as its first parameter', async () => {
    const { facts } = await scanFiles({
      'package.json': JSON.stringify({ name: 'svc', dependencies: { express: '^4.21.0' } }),
      'server.js': [
        "import express from 'express';",
        'const app = express();',
        "app.post('/notes', (req, res) => res.json({ ok: true }));",
        'app.use((err, req, res, next) => {',
        "  console.error('request failed', err.message);",
        "  console.error('request failed for', req.body.title);",
        "  res.status(500).json({ error: 'internal' });",
        '});',
        "app.use((req, res, next) => { console.log('body', req.body); next(); });",
        'app.listen(8080);',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [5, ['other']],
      [6, ['resolver-payload']],
      [9, ['resolver-payload']],
    ]);
  });
});
