import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A URL made with a key (`?key=${apiKey}`) holds it: logged, the log carries the secret; given to fetch, it is the request's.
describe('a URL that holds a secret, logged (`console.log(\'calling\', url)`)', () => {
  it('carries the secret into the log, however the URL is built; a URL of no secret does not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run() {',
        '  const url = `https://api.weather.example.com/v1?key=${process.env.WEATHER_API_KEY}`;',
        "  console.log('calling', url);",
        '  const res = await fetch(url);',
        "  const stored = await kvs.getSecret('weather');",
        '  const endpoint = `https://api.weather.example.com/v1?key=${stored}`;',
        '  console.log(`calling ${endpoint}`);',
        "  const built = new URL('https://api.weather.example.com/v1');",
        "  built.searchParams.set('key', stored);",
        "  console.log('calling', built.toString());",
        '  const regional = `https://${process.env.WEATHER_REGION}.weather.example.com/v1?status=${res.status}`;',
        "  console.log('calling', regional);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries.includes('secret')]), [[4, true], [8, true], [11, true], [13, false]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries]), [[5, ['secret']]]);
  });
});
