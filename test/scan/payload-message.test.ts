import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      title: Panel',
  '      icon: https://example.com/icon.svg',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'resources:',
  '  - key: main',
  '    path: static',
  'permissions:',
  '  scopes:',
  '    - storage:app',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');

describe('the `message` a user sends in a resolver’s payload', () => {
  it('is the text the user wrote, wherever it is read or handed on; an error’s message stays metadata', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'static/index.html': '<html></html>',
      'src/index.ts': [
        "import Resolver from '@forge/resolver';",
        "import { storage } from '@forge/api';",
        "import { notify } from './notify';",
        'const resolver = new Resolver();',
        "resolver.define('chat', async (req: any) => {",
        '  const { issueKey, message } = req.payload;',
        '  console.log(`chat on ${issueKey}: ${message}`);',
        '  await notify(issueKey, message);',
        '});',
        "resolver.define('note', async ({ payload }: any) => {",
        '  try {',
        '    await storage.set(`note:${payload.issueKey}`, { text: payload.message });',
        '  } catch (error: any) {',
        "    console.error('note failed', error.message);",
        '  }',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/notify.ts': [
        "import { storage } from '@forge/api';",
        'export const notify = async (issueKey: string, summary: string) => {',
        '  const history: any[] = (await storage.get(\'history\')) || [];',
        '  history.unshift({ issueKey, summary });',
        "  await storage.set('history', history);",
        '};',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [`${l.evidence.file}:${l.evidence.line}`, l.carries]), [
      ['src/index.ts:7', ['resolver-payload']],
      ['src/index.ts:14', ['other']],
    ]);
    assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries]), [
      ['note:{}', ['resolver-payload']],
      ['history', ['resolver-payload']],
    ]);
  });
});
