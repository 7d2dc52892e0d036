import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const HEADERS = '{ headers: { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` } }';

// The error a `catch` gets may be thrown further in: by a function of the app its `try` calls, or again by a nearer `catch`.
describe('an axios error that sent a secret, thrown on to an outer `catch`', () => {
  it('is the error of a function of the app the `try` calls that lets it through or throws it again; not a new error, a chain\'s handled one, or a request of none', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/tracker.js': [
        "import axios from 'axios';",
        'export async function listItems() {',
        `  const res = await axios.get('https://tracker.example.com/items', ${HEADERS});`,
        '  return res.data;',
        '}',
        'export async function getItem(id) {',
        '  try {',
        `    return (await axios.get(\`https://tracker.example.com/items/\${id}\`, ${HEADERS})).data;`,
        '  } catch (e) {',
        '    throw e;',
        '  }',
        '}',
        'export async function countItems() {',
        '  try {',
        `    return (await axios.get('https://tracker.example.com/count', ${HEADERS})).data;`,
        '  } catch (e) {',
        "    throw new Error(`count failed: ${e.message}`);",
        '  }',
        '}',
        'export async function tryItems() {',
        `  return axios.get('https://tracker.example.com/items', ${HEADERS}).catch(() => null);`,
        '}',
        'export async function ping() {',
        "  return axios.get('https://status.example.com/ping');",
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { listItems, getItem, countItems, tryItems, ping } from './tracker';",
        'export async function run() {',
        '  try {',
        '    await listItems();',
        '  } catch (e) {',
        "    console.error('list failed', e);",   // 6
        '    console.error(e.message);',
        '  }',
        '  try {',
        "    await getItem('7');",
        '  } catch (e) {',
        '    console.error({ error: e });',       // 12
        '  }',
        '  try {',
        '    await countItems();',
        '    await tryItems();',
        '    await ping();',
        '  } catch (e) {',
        '    console.error(e);',
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => `${l.evidence.file}:${l.evidence.line}`), ['src/index.js:6', 'src/index.js:12']);
  });

  it('is thrown again by a nearer `catch` (`throw e`) to one around it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import axios from 'axios';",
        'export async function sync() {',
        '  try {',
        '    try {',
        `      await axios.get('https://tracker.example.com/items', ${HEADERS});`,
        '    } catch (inner) {',
        "      console.warn('retrying', inner.message);",
        '      throw inner;',
        '    }',
        '  } catch (outer) {',
        '    console.error(outer);',              // 11
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line), [11]);
  });

  it('is the error of a request through an instance another module makes with the secret, and not through one made without it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/clients.js': [
        "import axios from 'axios';",
        "export const tracker = axios.create({ baseURL: 'https://tracker.example.com', headers: { Authorization: `Bearer ${process.env.TRACKER_TOKEN}` } });",
        "export const status = axios.create({ baseURL: 'https://status.example.com' });",
      ].join('\n'),
      'src/index.js': [
        "import { tracker, status } from './clients';",
        'export async function run() {',
        '  try {',
        "    await tracker.get('/items');",
        '  } catch (error) {',
        '    console.error(error);',              // 6
        '  }',
        '  try {',
        "    await status.get('/ping');",
        '  } catch (error) {',
        '    console.error(error);',
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line), [6]);
  });
  it('is not that of a wrapper taking the URL from its caller when the wrapper handles its own error; it is when the wrapper lets it through', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import axios from 'axios';",
        'async function listIssues(project) {',
        `  return axios.get(\`https://tracker.example.com/projects/\${project}/issues\`, ${HEADERS}).then((r) => r.data).catch(() => []);`,
        '}',
        'async function listBoards(project) {',
        '  try {',
        `    return (await axios.get(\`https://tracker.example.com/projects/\${project}/boards\`, ${HEADERS})).data;`,
        '  } catch (err) {',
        '    throw new Error(`tracker answered ${err.response?.status}`);',
        '  }',
        '}',
        'async function listSprints(project) {',
        `  return (await axios.get(\`https://tracker.example.com/projects/\${project}/sprints\`, ${HEADERS})).data;`,
        '}',
        'export async function run(payload) {',
        '  try {',
        '    await listIssues(payload.project);',
        '  } catch (e) {',
        '    console.error(e);',                  // 19
        '  }',
        '  try {',
        '    await listBoards(payload.project);',
        '  } catch (e) {',
        '    console.error(e);',                  // 24
        '  }',
        '  try {',
        '    await listSprints(payload.project);',
        '  } catch (e) {',
        '    console.error(e);',                  // 29
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line), [29]);
  });
  it('is that of a request the chain\'s `.catch` handler makes: the handler takes the chain\'s error, not its own', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/index.js': [
        "import axios from 'axios';",
        'async function loadItems() {',
        `  return axios.get('https://tracker.example.com/items', ${HEADERS}).catch(() => axios.get('https://mirror.example.com/items', ${HEADERS}));`,
        '}',
        'async function loadBoards() {',
        `  return axios.get('https://tracker.example.com/boards', ${HEADERS}).catch((e) => axios.get('https://mirror.example.com/boards', ${HEADERS}));`,
        '}',
        'async function loadSprints() {',
        `  return axios.get('https://tracker.example.com/sprints', ${HEADERS}).catch(() => []);`,
        '}',
        'export async function run() {',
        '  try {',
        '    await loadItems();',
        '  } catch (e) {',
        '    console.error(e);',                  // 15
        '  }',
        '  try {',
        '    await loadBoards();',
        '  } catch (e) {',
        '    console.error(e);',                  // 20
        '  }',
        '  try {',
        '    await loadSprints();',
        '  } catch (e) {',
        '    console.error(e);',
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => l.evidence.line), [15, 20]);
  });
});

describe('an axios error that sent a secret, thrown through several functions of the app', () => {
  it('reaches the outer `catch` that logs it, however many calls deep, unless a function between takes it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/client.js': [
        "import axios from 'axios';",
        `export const post = (path, body) => axios.post(\`https://tracker.example.com\${path}\`, body, ${HEADERS});`,
      ].join('\n'),
      'src/items.js': [
        "import { post } from './client';",
        "export const saveItem = (item) => post('/items', item);",
        'export async function keepItem(item) {',
        '  await saveItem(item);',
        '}',
        'export async function tryItem(item) {',
        '  try {',
        '    await saveItem(item);',
        '  } catch (e) {',
        "    return 'failed';",
        '  }',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { keepItem, saveItem, tryItem } from './items';",
        'export async function run(item) {',
        '  try {',
        '    await keepItem(item);',
        '  } catch (e) {',
        '    console.error(e);',                  // 6: three calls deep
        '  }',
        '  try {',
        '    await saveItem(item);',
        '  } catch (e) {',
        "    console.error('save failed', e);",  // 11: two calls deep
        '  }',
        '  try {',
        '    await tryItem(item);',
        '  } catch (e) {',
        '    console.error(e);',                  // 16: taken on the way
        '  }',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.filter((l) => l.carries.includes('secret')).map((l) => `${l.evidence.file}:${l.evidence.line}`), ['src/index.js:6', 'src/index.js:11']);
  });
});
