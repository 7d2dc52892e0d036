import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (consumer: string) => [
  'modules:', '  function:', '    - key: main', '      handler: index.run', '    - key: work', '      handler: index.work',
  '  consumer:', '    - key: jobs-consumer', '      queue: jobs', consumer,
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '  external:', '    fetch:', '      backend:', '        - https://api.search.example', '',
].join('\n');

const push = [
  "import { Queue } from '@forge/events';",
  "import { fetch } from '@forge/api';",
  "import { kvs } from '@forge/kvs';",
  "const queue = new Queue({ key: 'jobs' });",
  'export async function run(payload, context) {',
  '  await queue.push({ body: { query: payload.query, accountId: context.principal.accountId } });',
  '}',
].join('\n');

const carries = (facts: Awaited<ReturnType<typeof scanFiles>>['facts'], line: number) =>
  [...facts.egress.calls, ...facts.storage].filter((f) => f.evidence.line === line).map((f) => f.carries);

test("a queue consumer's field of the event's body carries what the pusher put in that field only", async () => {
  const { facts } = await scanFiles({
    'manifest.yml': manifest('      function: work'),
    'src/index.js': [
      push,
      'export async function work(event) {',
      '  const { query } = event.body;',
      "  await fetch('https://api.search.example/search', { method: 'POST', body: JSON.stringify({ query }) });",
      "  await kvs.set('last', event.body.accountId);",
      "  await kvs.set('all', event.body);",
      '}',
    ].join('\n'),
  });
  assert.deepEqual(carries(facts, 10), [['resolver-payload']]);
  assert.deepEqual(carries(facts, 11), [['account-id']]);
  assert.deepEqual(carries(facts, 12), [['account-id', 'resolver-payload']]);
});

test("a consumer's resolver method reads the pushed fields from its payload", async () => {
  const { facts } = await scanFiles({
    'manifest.yml': manifest('      resolver:\n        function: work\n        method: listener'),
    'src/index.js': [
      push,
      "import Resolver from '@forge/resolver';",
      'const resolver = new Resolver();',
      "resolver.define('listener', async ({ payload }) => {",
      "  await fetch('https://api.search.example/search', { method: 'POST', body: JSON.stringify({ q: payload.query }) });",
      '});',
      'export const work = resolver.getDefinitions();',
    ].join('\n'),
  });
  assert.deepEqual(carries(facts, 11), [['resolver-payload']]);
});
