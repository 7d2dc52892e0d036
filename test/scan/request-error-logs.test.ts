import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const secretLines = async (index: string): Promise<number[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': index });
  return facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line);
};

// An AxiosError keeps the request's config (URL, headers, body), its `ClientRequest` and its response, which holds both
// again; Node prints them with the error, and its `toJSON()` returns the config.
describe('an axios error logged when its request sent a secret (`catch (e) { console.error(e) }`)', () => {
  it('carries the secret whole, as JSON and in its config, request or response; not in its message, status or body', async () => {
    const lines = await secretLines([
      "import axios from 'axios';",
      "import util from 'node:util';",
      'export async function run() {',
      '  const token = process.env.TRACKER_TOKEN;',
      '  try {',
      "    await axios.get('https://tracker.example.com/items', { headers: { Authorization: `Bearer ${token}` } });",
      '  } catch (e) {',
      '    console.error(e);',                                  // 8
      "    console.error('Sync failed', e);",                   // 9
      '    console.error(e.message);',
      '    console.error(e.response?.status, e.response?.data);',
      '    console.error(`Sync failed: ${e}`);',
      '    console.log(e.config);',                             // 13
      '    console.log(JSON.stringify(e.toJSON()));',           // 14
      '    console.log(e.config.headers.Authorization);',       // 15
      '    console.log(e.response ? e.response.data : e);',     // 16
      '    console.log({ error: e });',                         // 17
      '    console.log(util.inspect(e.response, { depth: 4 }));', // 18
      '    console.log(`Sync failed: ${JSON.stringify(e)}`);',  // 19
      '    console.log(e.config.method, e.response.headers);',
      '  }',
      '}',
    ].join('\n'));
    assert.deepEqual(lines, [8, 9, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('carries it for an instance made with the header, and not for a request without one or a fetch', async () => {
    const lines = await secretLines([
      "import axios from 'axios';",
      "const tracker = axios.create({ baseURL: 'https://tracker.example.com', headers: { 'X-Api-Key': 'x', Authorization: `Bearer ${process.env.TRACKER_API_KEY}` } });",
      'export async function run() {',
      '  try {',
      "    await tracker.post('/items', { title: 'x' });",
      '  } catch (error) {',
      '    console.error(error);',                              // 7
      '  }',
      '  try {',
      "    await axios.get('https://status.example.com/ping');",
      '  } catch (error) {',
      '    console.error(error);',
      '  }',
      '  try {',
      "    await fetch('https://tracker.example.com/items', { headers: { Authorization: `Bearer ${process.env.TRACKER_API_KEY}` } });",
      '  } catch (error) {',
      '    console.error(error);',
      '  }',
      '}',
    ].join('\n'));
    assert.deepEqual(lines, [7]);
  });
});

describe('an axios error a promise\'s `.catch` is handed (`axios.get(url, { headers }).catch((e) => console.error(e))`)', () => {
  it('carries the secret the request of its chain sent, not that of a request before it', async () => {
    const lines = await secretLines([
      "import axios from 'axios';",
      'export function run() {',
      '  const headers = { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` };',
      "  axios.get('https://tracker.example.com/items', { headers })",
      '    .then((res) => res.data)',
      '    .catch((err) => console.error(err));',               // 6
      "  axios.get('https://status.example.com/ping').catch((err) => console.error(err));",
      '}',
    ].join('\n'));
    assert.deepEqual(lines, [6]);
  });
});
