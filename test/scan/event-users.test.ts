import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (events: string[]): string => [
  'modules:',
  '  trigger:',
  '    - key: on-change',
  '      function: on-change',
  '      events:',
  ...events.map((e) => `        - ${e}`),
  '  scheduledTrigger:',
  '    - key: nightly',
  '      function: nightly',
  '      interval: day',
  '  function:',
  '    - key: on-change',
  '      handler: index.onChange',
  '    - key: nightly',
  '      handler: index.nightly',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  'permissions:',
  '  scopes:',
  '    - read:jira-work',
  '    - storage:app',
  '',
].join('\n');

const files = (events: string[]): Record<string, string> => ({
  'manifest.yml': manifest(events),
  'package.json': '{"dependencies":{"@forge/kvs":"1.0.0"}}',
  'src/index.js': "export { onChange } from './triggers/change';\nexport { nightly } from './triggers/nightly';\n",
  'src/triggers/change.js': [
    "import { kvs } from '@forge/kvs';",
    'export async function onChange(event, context) {',
    "  console.log('event', JSON.stringify(event));",
    "  console.log('changes', event.changelog);",
    "  console.log('keys', Object.keys(event));",
    "  await kvs.set(`last-${event.issue.key}`, event);",
    '}',
    '',
  ].join('\n'),
  'src/triggers/nightly.js': [
    'export async function nightly(event) {',
    "  console.log('tick', event);",
    '}',
    '',
  ].join('\n'),
});

describe('the whole event of a product trigger', () => {
  it('holds the account ID of the user who caused it, for the events that name one', async () => {
    const { facts } = await scanFiles(files(['avi:jira:updated:issue']));
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.file}:${l.evidence.line}`), [
      'account-id,product-content src/triggers/change.js:3',
      'product-content src/triggers/change.js:4',
      'other src/triggers/change.js:5',
      'other src/triggers/nightly.js:2',
    ]);
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['last-{} account-id,product-content']);
  });

  it('and not for the events that name no user', async () => {
    const { facts } = await scanFiles(files(['avi:jira:created:issuelink', 'avi:jira:updated:field']));
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.line}`), ['product-content 3', 'product-content 4', 'other 5', 'other 2']);
  });
});

describe('the whole event of a Bitbucket trigger', () => {
  it("holds the account ID of the event's actor, as every Bitbucket event names one", async () => {
    const { facts } = await scanFiles(files(['avi:bitbucket:created:pullrequest-comment']));
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.line}`), ['account-id,product-content 3', 'product-content 4', 'other 5', 'other 2']);
  });
});
