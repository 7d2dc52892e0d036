import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel', '      resource: main', '      resolver:', '        function: resolver', '      title: Panel',
  '  function:', '    - key: resolver', '      handler: index.handler',
  'resources:', '  - key: main', '    path: static/panel',
  'permissions:', '  scopes:', '    - storage:app',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
].join('\n');

describe('a storage read whose key is built from imported constants or helpers', () => {
  it('gets what the writes under that key hold, not what every write holds', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'static/panel/index.html': '<html></html>',
      'src/keys.js': [
        "export const KEYS = { OWNER: 'owner-', JOBS: 'jobs-' };",
        'export function jobsKey(id) {',
        '  return `${KEYS.JOBS}${id}`;',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        "import { KEYS, jobsKey } from './keys';",
        'const resolver = new Resolver();',
        "resolver.define('claim', async ({ payload, context }) => {",
        '  await kvs.set(`${KEYS.OWNER}${payload.id}`, { owner: context.accountId });',
        '  await kvs.set(jobsKey(payload.id), [1, 2]);',
        '});',
        "resolver.define('jobs', async ({ payload }) => {",
        '  const jobs = await kvs.get(jobsKey(payload.id));',
        "  console.log('jobs', jobs);",
        '  const same = await kvs.get(`${KEYS.JOBS}${payload.id}`);',
        "  console.log('same', same);",
        '  const owner = await kvs.get(`${KEYS.OWNER}${payload.id}`);',
        "  console.log('owner', owner);",
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.key}`), ['write owner-{}', 'write jobs-{}', 'read jobs-{}', 'read jobs-{}', 'read owner-{}']);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[11, ['other']], [13, ['other']], [15, ['account-id']]]);
  });
});
