import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'promise-app', name: 'Promises', baseUrl: 'https://promise.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] },
});

const LIB = [
  'function getSpaces(addon, clientKey) {',
  '  return new Promise((resolve, reject) => {',
  '    const httpClient = addon.httpClient({ clientKey });',
  "    httpClient.get('/rest/api/space', (err, res, body) => {",
  '      if (err) { reject(err); return; }',
  '      resolve(JSON.parse(body).results);',
  '    });',
  '  });',
  '}',
  'const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));',
  'async function direct(addon, clientKey) {',
  '  const spaces = await getSpaces(addon, clientKey);',
  "  console.log('direct', spaces);",
  '}',
  'function viaThen(addon, clientKey) {',
  "  getSpaces(addon, clientKey).then((spaces) => console.log('then', spaces));",
  '}',
  'async function waited() {',
  "  console.log('waited', await wait(10));",
  '}',
  'module.exports = { direct, viaThen, waited };',
  '',
].join('\n');

describe('promises made from callbacks', () => {
  it("hold what their executor resolves with (`new Promise((resolve) => client.get(url, (err, res, body) => resolve(body)))`)", async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': '{ "name": "promise-app", "dependencies": { "atlassian-connect-express": "8.0.0" } }',
      'lib.js': LIB,
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [13, ['product-content']],
      [16, ['product-content']],
      [19, ['other']],
    ]);
  });
});
