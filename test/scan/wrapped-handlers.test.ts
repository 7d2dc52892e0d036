import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  trigger:', '    - key: events', '      function: main', '      events: [avi:jira:created:issue]',
  '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '    - write:jira-work', '',
].join('\n');

describe('a handler made by a wrapper (`export const run = withErrorHandling(async (event, context) => …)`)', () => {
  it('is the function the wrapper is given: it receives the event, and its requests are made', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/errors.js': [
        'export const withErrorHandling = (fn) => async (event, context) => {',
        '  try {',
        '    return await fn(event, context);',
        '  } catch (e) {',
        '    console.error(e.message);',
        '  }',
        '};',
      ].join('\n'),
      'src/index.js': [
        "import api, { route } from '@forge/api';",
        "import { kvs } from '@forge/kvs';",
        "import { withErrorHandling } from './errors';",
        'const LABELS = [{ name: \'a\' }].map((label) => label.name);',
        'export const run = withErrorHandling(async (event, context) => {',
        '  await kvs.set(`seen:${event.issue.key}`, event);',
        "  await api.asUser().requestJira(route`/rest/api/3/issue/${event.issue.key}/comment`, { method: 'POST', body: JSON.stringify({ body: LABELS }) });",
        '});',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.includes('account-id'), `${s.evidence.file}:${s.evidence.line}`]), [
      ['seen:{}', true, 'src/index.js:6'],
    ]);
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth]), [['POST', '/rest/api/3/issue/{}/comment', 'asUser']]);
  });

  it('is not a promise\'s callback: `catch` and `finally` are no wrappers, their callback gets no event', async () => {
    for (const method of ['catch', 'finally']) {
      const { facts } = await scanFiles({
        'manifest.yml': manifest,
        'src/index.js': [
          "import { kvs } from '@forge/kvs';",
          'const setup = kvs.get(\'config\');',
          `export const run = setup.${method}(async (event) => {`,
          '  await kvs.set(`failed:${event.issue.key}`, event);',
          '});',
        ].join('\n'),
      });
      assert.deepEqual(facts.storage.filter((s) => s.op === 'write').map((s) => [s.key, s.carries.includes('account-id')]), [['failed:{}', false]], method);
    }
  });
});
