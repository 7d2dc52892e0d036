import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  function:', '    - key: main', '      handler: index.run', '    - key: summarise', '      handler: consumer.run',
  '  trigger:', '    - key: issue-created', '      function: main', '      events:', '        - avi:jira:created:issue',
  '  consumer:', '    - key: summary-consumer', '      queue: summaries', '      function: summarise',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '    - read:jira-work', '',
].join('\n');

const consumer = [
  "import { kvs } from '@forge/kvs';",
  'export async function run(event, context) {',
  '  const { issueId, reporter } = event.body;',
  "  console.log('summarising', reporter);",
  '  await kvs.set(`summary-${issueId}`, { reporter });',
  '}',
  '',
].join('\n');

const logs = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']): Array<[string, number, string[]]> => facts.logs.map((l) => [l.evidence.file, l.evidence.line, l.carries]);

describe("a queue consumer's event (`@forge/events`)", () => {
  it('holds what the app pushes to the queue, linked by the queue key of the manifest', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import { Queue } from '@forge/events';",
        "const queue = new Queue({ key: 'summaries' });",
        'export async function run(event) {',
        '  await queue.push({ body: { issueId: event.issue.id, reporter: event.issue.fields.reporter.accountId } });',
        '}',
        '',
      ].join('\n'),
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]]);
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries]), [['summary-{}', ['account-id']]]);
  });

  it('holds what every pushed event carries (`push([{ body }, …])`), with the key imported', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/queues.js': "export const SUMMARIES = 'summaries';",
      'src/index.js': [
        "import { Queue } from '@forge/events';",
        "import { SUMMARIES } from './queues';",
        'export async function run(event) {',
        '  const queue = new Queue({ key: SUMMARIES });',
        '  await queue.push([{ body: { reporter: event.issue.fields.reporter.accountId } }, { body: { issueId: 10 }, delayInSeconds: 5 }]);',
        '}',
        '',
      ].join('\n'),
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]]);
  });

  it('of a queue nothing in the app pushes to, is a payload as before', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': "import { Queue } from '@forge/events';\nexport async function run(event) {\n  await new Queue({ key: 'other-queue' }).push({ body: { note: 'x' } });\n}\n",
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['resolver-payload']]]);
  });
});
