import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const secretLines = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': forgeManifest(), ...files });
  return facts.logs.filter((l) => l.carries.includes('secret')).map((l) => `${l.evidence.file}:${l.evidence.line}`);
};

const HEADERS = '{ headers: { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` } }';

// ky's HTTPError keeps `options` and `request` as fields printed with it; got's error keeps `options` out of what is printed.
describe('the error of a request that sent a secret, by its client (`request-errors.json`)', () => {
  it('holds it in ky\'s error whole, its `options` and `request`; in got\'s `options`, not in got\'s error printed whole', async () => {
    assert.deepEqual(await secretLines({
      'src/index.js': [
        "import ky from 'ky';",
        "import got from 'got';",
        'export async function run() {',
        '  try {',
        `    await ky.get('https://tracker.example.com/items', ${HEADERS}).json();`,
        '  } catch (error) {',
        '    console.error(error);',                      // 7
        '    console.error(error.options);',              // 8
        '    console.error(error.request);',              // 9
        '    console.error(error.message, error.response.status);',
        '  }',
        '  try {',
        `    await got('https://tracker.example.com/items', ${HEADERS}).json();`,
        '  } catch (error) {',
        '    console.error(error);',
        '    console.error(error.options.headers);',      // 16
        '    console.error(error.code);',
        '  }',
        '}',
      ].join('\n'),
    }), ['src/index.js:7', 'src/index.js:8', 'src/index.js:9', 'src/index.js:16']);
  });

  it('is printed by `.catch(console.error)`, a console method handed the error, and not by one of a request that sent none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import axios from 'axios';",
        'export function run() {',
        `  axios.get('https://tracker.example.com/items', ${HEADERS}).catch(console.error);`,
        "  axios.get('https://status.example.com/ping').catch(console.warn);",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.level} ${l.carries.join(',')}`), ['3 error secret', '4 warn other']);
  });

  it('is held by what an instance made with it hands its interceptors: the request\'s `config`, the `response`, the error', async () => {
    assert.deepEqual(await secretLines({
      'src/index.js': [
        "import axios from 'axios';",
        "const tracker = axios.create({ baseURL: 'https://tracker.example.com', headers: { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` } });",
        'tracker.interceptors.request.use((config) => {',
        "  console.log('request', config);",              // 4
        '  console.log(config.method, config.url);',
        '  return config;',
        '}, (error) => {',
        '  console.error(error);',                         // 8
        '  return Promise.reject(error);',
        '});',
        'tracker.interceptors.response.use((response) => {',
        '  console.log(response.status, response.data);',
        '  console.log(response.config.headers);',         // 13
        '  return response;',
        '});',
        "const status = axios.create({ baseURL: 'https://status.example.com' });",
        'status.interceptors.request.use((config) => {',
        '  console.log(config);',
        '  return config;',
        '});',
        "export const run = () => tracker.get('/items');",
      ].join('\n'),
    }), ['src/index.js:4', 'src/index.js:8', 'src/index.js:13']);
  });

  it('is printed by a function of the app it is handed that prints it whole, not by one that prints its message or status', async () => {
    assert.deepEqual(await secretLines({
      'src/log.js': [
        'export function logError(error) {',
        '  console.error(error);',                         // 2
        '}',
        'export function logMessage(error) {',
        '  console.error(error.message);',
        '}',
        'export function logStatus(label, error) {',
        '  console.error(label, error.response?.status);',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import axios from 'axios';",
        "import { logError, logMessage, logStatus } from './log';",
        'export async function run() {',
        '  try {',
        `    await axios.get('https://tracker.example.com/items', ${HEADERS});`,
        '  } catch (e) {',
        '    logError(e);',
        '    logMessage(e);',
        "    logStatus('sync', e);",
        '  }',
        '}',
      ].join('\n'),
    }), ['src/log.js:2']);
  });
});
