import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const secretLines = async (index: string): Promise<number[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), 'src/index.js': index });
  return facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line);
};

// The error a `catch` gets is the one its block throws: an axios error a nearer handler took is not it.
describe('an axios error that sent a secret, caught where it is thrown', () => {
  it('is the nearer handler\'s, not that of a `try` around it nor of one around a `.catch`', async () => {
    const lines = await secretLines([
      "import axios from 'axios';",
      'export async function run(url) {',
      '  const headers = { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` };',
      '  try {',
      '    try {',
      '      await axios.get(url, { headers });',
      '    } catch (inner) {',
      "      console.error('inner', inner);",                   // 8
      '      throw new Error(`lookup failed: ${inner.message}`);',
      '    }',
      '  } catch (e) {',
      "    console.error('outer', e);",
      '  }',
      '  try {',
      "    await axios.get(url, { headers }).catch((err) => console.error('chain', err));", // 15
      '  } catch (e) {',
      "    console.error('around chain', e);",
      '  }',
      '}',
    ].join('\n'));
    assert.deepEqual(lines, [8, 15]);
  });

  it('holds a key the URL, the query or the body carries in `config.url`, `config.params`, `config.data`, and no key sent in a header there', async () => {
    const lines = await secretLines([
      "import axios from 'axios';",
      'export async function run() {',
      '  try {',
      '    await axios.get(`https://tracker.example.com/items?api_key=${process.env.TRACKER_API_KEY}`);',
      '  } catch (e) {',
      "    console.error('in url', e.config.url);",            // 6
      '  }',
      '  try {',
      "    await axios.get('https://tracker.example.com/items', { headers: { Authorization: `Bearer ${process.env.TRACKER_API_KEY}` } });",
      '  } catch (e) {',
      "    console.error('in header', e.config.url, e.config.params, e.config.data);",
      '  }',
      '  try {',
      "    await axios.get('https://tracker.example.com/items', { params: { key: process.env.TRACKER_API_KEY } });",
      '  } catch (e) {',
      "    console.error('in params', e.config.url);",
      "    console.error('in params', e.config.params);",      // 17
      '  }',
      '  try {',
      "    await axios.post('https://tracker.example.com/token', { client_secret: process.env.TRACKER_CLIENT_SECRET });",
      '  } catch (e) {',
      "    console.error('in body', e.config.data);",          // 22
      '  }',
      '}',
    ].join('\n'));
    assert.deepEqual(lines, [6, 17, 22]);
  });
});
