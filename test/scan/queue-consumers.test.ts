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

  it('holds what the app pushes to a queue another of its modules makes and exports, by name or as its default', async () => {
    for (const [queues, imported] of [
      ["import { Queue } from '@forge/events';\nexport const summaries = new Queue({ key: 'summaries' });\n", '{ summaries as queue }'],
      ["import { Queue } from '@forge/events';\nconst queue = new Queue({ key: 'summaries' });\nexport default queue;\n", 'queue'],
    ]) {
      const { facts } = await scanFiles({
        'manifest.yml': manifest,
        'src/queues.js': queues!,
        'src/index.js': `import ${imported} from './queues';\nexport async function run(event) {\n  await queue.push({ body: { issueId: event.issue.id, reporter: event.issue.fields.reporter.accountId } });\n}\n`,
        'src/consumer.js': consumer,
      });
      assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]]);
    }
  });

  it('holds what a class pushes to the queue its builder hands it (`this.queue.push(…)`), the queue made there or kept in a name', async () => {
    const summariser = [
      'export class Summariser {',
      '  constructor(queue, notes) {',
      '    this.queue = queue;',
      '    this.notes = notes;',
      '  }',
      '  async send(issue) {',
      '    this.notes.push(issue.fields.summary);',
      '    await this.queue.push({ body: { issueId: issue.id, reporter: issue.fields.reporter.accountId } });',
      '  }',
      '}',
      '',
    ].join('\n');
    for (const made of ['new Summariser(new Queue({ key: SUMMARIES }), [])', 'new Summariser(summaries, [])']) {
      const { facts } = await scanFiles({
        'manifest.yml': manifest,
        'src/queues.js': "export const SUMMARIES = 'summaries';",
        'src/summariser.js': summariser,
        'src/index.js': [
          "import { Queue } from '@forge/events';",
          "import { SUMMARIES } from './queues';",
          "import { Summariser } from './summariser';",
          'const summaries = new Queue({ key: SUMMARIES });',
          'export async function run(event) {',
          `  await ${made}.send(event.issue);`,
          '}',
          '',
        ].join('\n'),
        'src/consumer.js': consumer,
      });
      assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]], made);
    }
  });

  it('holds what the app pushes to a queue handed in an options object or kept in an object\'s field', async () => {
    const pushed = '{ body: { issueId: issue.id, reporter: issue.fields.reporter.accountId } }';
    const apps: Array<Record<string, string>> = [
      {
        'src/worker.js': ['export class Worker {', '  constructor({ queue, name }) {', '    this.queue = queue;', '    this.name = name;', '  }', `  async send(issue) { await this.queue.push(${pushed}); }`, '}'].join('\n'),
        'src/index.js': ["import { Queue } from '@forge/events';", "import { Worker } from './worker';", 'export async function run(event) {', "  await new Worker({ queue: new Queue({ key: 'summaries' }), name: 'w' }).send(event.issue);", '}'].join('\n'),
      },
      {
        'src/worker.js': ['export class Worker {', '  constructor(options) {', '    this.queue = options.queue;', '  }', `  async send(issue) { await this.queue.push(${pushed}); }`, '}'].join('\n'),
        'src/index.js': ["import { Queue } from '@forge/events';", "import { Worker } from './worker';", 'const queue = new Queue({ key: SUMMARIES });', "import { SUMMARIES } from './queues';", 'export async function run(event) {', '  await new Worker({ queue }).send(event.issue);', '}'].join('\n'),
        'src/queues.js': "export const SUMMARIES = 'summaries';",
      },
      {
        'src/schedule.js': `export async function schedule({ queue, issue }) { await queue.push(${pushed}); }`,
        'src/index.js': ["import { Queue } from '@forge/events';", "import { schedule } from './schedule';", "const q = new Queue({ key: 'summaries' });", 'export async function run(event) {', '  await schedule({ queue: q, issue: event.issue });', '}'].join('\n'),
      },
      {
        'src/schedule.js': `export async function schedule(options, issue) { await options.queue.push(${pushed}); }`,
        'src/index.js': ["import { Queue } from '@forge/events';", "import { schedule } from './schedule';", 'export async function run(event) {', "  await schedule({ queue: new Queue({ key: 'summaries' }) }, event.issue);", '}'].join('\n'),
      },
      {
        'src/index.js': ["import { Queue } from '@forge/events';", "const queues = { summaries: new Queue({ key: 'summaries' }) };", 'export async function run(event) {', '  const issue = event.issue;', `  await queues.summaries.push(${pushed});`, '}'].join('\n'),
      },
      {
        'src/queues.js': ["import { Queue } from '@forge/events';", "const summaries = new Queue({ key: 'summaries' });", 'export const queues = { summaries };'].join('\n'),
        'src/index.js': ["import { queues } from './queues';", 'export async function run(event) {', '  const issue = event.issue;', `  await queues.summaries.push(${pushed});`, '}'].join('\n'),
      },
    ];
    for (const files of apps) {
      const { facts } = await scanFiles({ 'manifest.yml': manifest, 'src/consumer.js': consumer, ...files });
      assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]], Object.values(files).join('\n'));
    }
  });

  it('holds only what is pushed to the queue, not to an array beside it in the options or the object', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/schedule.js': 'export async function schedule({ queue, notes }, issue) { notes.push(issue.fields.reporter.accountId); await queue.push({ body: { issueId: issue.id } }); }',
      'src/index.js': [
        "import { Queue } from '@forge/events';",
        "import { schedule } from './schedule';",
        "const summaries = new Queue({ key: 'summaries' });",
        'const queues = { summaries, notes: [] };',
        'export async function run(event) {',
        '  queues.notes.push(event.issue.fields.reporter.accountId);',
        '  await schedule({ queue: summaries, notes: [] }, event.issue);',
        '}',
      ].join('\n'),
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['other']]]);
  });

  it('of a queue nothing in the app pushes to, is a payload as before', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': "import { Queue } from '@forge/events';\nexport async function run(event) {\n  await new Queue({ key: 'other-queue' }).push({ body: { note: 'x' } });\n}\n",
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['resolver-payload']]]);
  });

  it('holds what a resolver callback pushes (`resolver.define(…, async (req) => queue.push(…))`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { Queue } from '@forge/events';",
        "const queue = new Queue({ key: 'summaries' });",
        'const resolver = new Resolver();',
        "resolver.define('summarise', async ({ payload, context }) => {",
        '  await queue.push({ body: { issueId: payload.issueId, reporter: context.accountId } });',
        '});',
        'export const run = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/consumer.js': consumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]]);
  });
});

// @forge/events 1.x: the consumer module names a resolver function and the method called with each event.
const resolverManifest = [
  'modules:', '  function:', '    - key: main', '      handler: index.run', '    - key: consumer-function', '      handler: consumer.handler',
  '  jira:issuePanel:', '    - key: panel', '      title: Panel', '      resource: main', '      resolver:', '        function: main',
  '  consumer:', '    - key: queue-consumer', '      queue: queue-name', '      resolver:', '        function: consumer-function', '        method: event-listener',
  'resources:', '    - key: main', '      path: static/build',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x', '',
].join('\n');

const resolverConsumer = [
  "import Resolver from '@forge/resolver';",
  'const resolver = new Resolver();',
  "resolver.define('event-listener', async ({ payload, context }) => {",
  "  console.log('payload', payload);",
  "  console.log('note', payload.note);",
  '});',
  'export const handler = resolver.getDefinitions();',
  '',
].join('\n');

describe("the payload of a consumer's resolver method (`resolver: { function, method }`)", () => {
  it('holds what the app pushes to the queue, not a resolver payload', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': resolverManifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { Queue } from '@forge/events';",
        "const queue = new Queue({ key: 'queue-name' });",
        'const resolver = new Resolver();',
        "resolver.define('start', async (req) => {",
        "  await queue.push('hello world');",
        "  await queue.push({ reporter: req.context.accountId });",
        '});',
        'export const run = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/consumer.js': resolverConsumer,
    });
    // Nothing pushed has a `note`: the whole payload holds the reporter's account ID, `payload.note` does not.
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']], ['src/consumer.js', 5, ['other']]]);
  });

  it('holds it too when the method is a function handed by name (`resolver.define(\'event-listener\', onEvent)`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': resolverManifest,
      'src/index.js': "import { Queue } from '@forge/events';\nexport async function run(event) {\n  await new Queue({ key: 'queue-name' }).push({ reporter: event.issue.fields.reporter.accountId });\n}\n",
      'src/consumer.js': [
        "import Resolver from '@forge/resolver';",
        'const resolver = new Resolver();',
        'async function onEvent({ payload }) {',
        "  console.log('payload', payload);",
        '}',
        "resolver.define('event-listener', onEvent);",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['account-id']]]);
  });

  it('is what the front ends send and a payload when nothing pushes to the queue', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': resolverManifest,
      'src/index.js': "export const run = () => 'ok';\n",
      'src/consumer.js': resolverConsumer,
    });
    assert.deepEqual(logs(facts), [['src/consumer.js', 4, ['resolver-payload']], ['src/consumer.js', 5, ['resolver-payload']]]);
  });
});
