import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  trigger:', '    - key: events', '      function: main', '      events: [avi:jira:created:issue, avi:jira:updated:issue]',
  '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '',
].join('\n');

describe('a Map of handlers (`handlers.set(type, fn)`, `handlers.get(event.eventType)(event)`)', () => {
  it('hands the event to each function set in it, of the module and imported', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/updated.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function onUpdated(event) {',
        '  await kvs.set(`updated:${event.issue.key}`, event);',
        '}',
      ].join('\n'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { onUpdated } from './updated';",
        'async function onCreated(event) {',
        '  await kvs.set(`created:${event.issue.key}`, event);',
        '}',
        'const handlers = new Map();',
        "handlers.set('avi:jira:created:issue', onCreated);",
        "handlers.set('avi:jira:updated:issue', onUpdated);",
        'export const run = async (event) => {',
        '  const handle = handlers.get(event.eventType);',
        '  if (handle) await handle(event);',
        '  await handlers.get(event.eventType)?.(event);',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.includes('account-id'), `${s.evidence.file}:${s.evidence.line}`]), [
      ['created:{}', true, 'src/index.js:4'],
      ['updated:{}', true, 'src/updated.js:3'],
    ]);
  });

  it('hands it to an arrow set in it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'const handlers = new Map();',
        "handlers.set('avi:jira:created:issue', async (event) => {",
        '  await kvs.set(`created:${event.issue.key}`, event);',
        '});',
        'export const run = async (event) => handlers.get(event.eventType)?.(event);',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.includes('account-id'), `${s.evidence.file}:${s.evidence.line}`]), [
      ['created:{}', true, 'src/index.js:4'],
    ]);
  });
});

describe('an event bus of the app (`bus.on(type, fn)` keeps `fn` in a member, `bus.emit(type, event)` calls it)', () => {
  it('hands the event to the arrows given to it, in another module or its own, whichever method comes first', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/bus.js': [
        'class Bus {',
        '  constructor() { this.handlers = new Map(); }',
        '  emit(type, event) { return this.handlers.get(type)?.(event); }',
        '  on(type, fn) { this.handlers.set(type, fn); }',
        '}',
        'export const bus = new Bus();',
      ].join('\n'),
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        "import { bus } from './bus';",
        "bus.on('avi:jira:created:issue', async (event) => {",
        '  await kvs.set(`created:${event.issue.key}`, event);',
        '});',
        'export const run = async (event) => bus.emit(event.eventType, event);',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.includes('account-id'), `${s.evidence.file}:${s.evidence.line}`]), [
      ['created:{}', true, 'src/index.js:4'],
    ]);
  });
});
