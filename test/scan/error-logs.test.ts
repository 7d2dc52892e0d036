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
