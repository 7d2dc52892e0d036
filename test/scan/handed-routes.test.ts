import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - read:jira-work', '    - write:jira-work', '    - read:confluence-space.summary');

describe('a Forge route handed to a package\'s client (`client.get(route`…`)`)', () => {
  it('is a product request to that path, as a principal not known, with the method the function names', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', 'http-wrap': '^1.0.0' } }),
      'src/clients.js': [
        "import makeClient from 'http-wrap';",
        "export const wiki = makeClient({ product: 'confluence' });",
        '',
      ].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import makeClient from 'http-wrap';",
        "import { wiki } from './clients';",
        "const tracker = makeClient({ product: 'jira' });",
        'export async function run(event) {',
        '  const issue = await tracker.get(route`/rest/api/3/issue/${event.key}`);',
        "  await tracker.send(route`/rest/api/3/issue/${event.key}/comment`, { method: 'POST', body: { text: 'seen' } });",
        '  await wiki.get(route`/wiki/rest/api/space`);',
        '  return issue;',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.auth} ${c.method} ${c.path} ${c.evidence.line}`), [
      'jira unknown GET /rest/api/3/issue/{} 6',
      'jira unknown POST /rest/api/3/issue/{}/comment 7',
      'confluence unknown GET /wiki/rest/api/space 8',
    ]);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), []);
  });

  it('adds nothing when the route goes to a function of the app, exported or its own, whose request the scan reads', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', 'http-wrap': '^1.0.0' } }),
      'src/jira.js': [
        "import api from '@forge/api';",
        "import makeClient from 'http-wrap';",
        'export const unused = makeClient();',
        'export const jira = { get: (path) => api.asApp().requestJira(path) };',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { route } from '@forge/api';",
        "import { jira } from './jira';",
        'export async function run(event) {',
        '  return jira.get(route`/rest/api/3/issue/${event.key}`);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path} ${c.evidence.line}`), ['asApp GET /rest/api/3/issue/{} 4']);
  });

  it('adds nothing for a route a logger prints, a package\'s or one another module makes, nor for a function naming no request', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', loglevel: '^1.9.0', pino: '^9.0.0', 'http-wrap': '^1.0.0' } }),
      'src/logger.js': "import pino from 'pino';\nexport const logger = pino({ level: 'info' });\n",
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import log from 'loglevel';",
        "import makeClient from 'http-wrap';",
        "import { logger } from './logger';",
        'const tracker = makeClient();',
        'export async function run(event) {',
        "  log.info('requesting', route`/rest/api/3/issue/${event.key}`);",
        '  logger.debug(route`/rest/api/3/issue/${event.key}/comment`);',
        '  tracker.remember(route`/rest/api/3/issue/${event.key}/transitions`);',
        '  await tracker.request(route`/rest/api/3/myself`);',
        '  return api.asUser().requestJira(route`/rest/api/3/issue/${event.key}?fields=summary`);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.restCalls.map((c) => `${c.auth} ${c.method} ${c.path} ${c.evidence.line}${c.openMethod ? ' open' : ''}`), [
      'unknown GET /rest/api/3/myself 10 open',
      'asUser GET /rest/api/3/issue/{}?fields=summary 11',
    ]);
  });
});
