import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';
import type { Facts } from '../../src/scan/facts.ts';

const APP = ['app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x'];
const FUNCTIONS = ['  function:', '    - key: main', '      handler: index.run', '    - key: work', '      handler: index.work'];

const missing = (facts: Facts): string[] => facts.diagnostics.filter((d) => d.code === 'missing-module').map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`);

const SQL_CODE = [
  "import { sql } from '@forge/sql';",
  "import type { Result } from '@forge/sql';",
  'export async function run(event: { body: string }) {',
  "  return sql.prepare('INSERT INTO notes (body) VALUES (?)').bindParams(event.body).execute();",
  '}',
  'export async function work() {}',
  '',
].join('\n');

describe('a package that Forge enables only with a manifest module', () => {
  it('is a warning at its import when the manifest declares no such module', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': ['modules:', ...FUNCTIONS, ...APP, ''].join('\n'), 'src/index.ts': SQL_CODE });
    assert.deepEqual(missing(facts), [
      'warning src/index.ts:1 src/index.ts:1 imports @forge/sql, but manifest.yml declares no `sql` module: Forge does not enable it without one.',
    ]);
  });

  it('is one warning per package, each naming the module it needs', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': ['modules:', '  sql:', '    - key: main', '      engine: mysql', ...FUNCTIONS, ...APP, ''].join('\n'),
      'src/index.ts': SQL_CODE,
      'src/files.ts': "import os from '@forge/os';\nimport { chat } from '@forge/llm';\nexport const put = (key: string) => os.createUploadUrl({ key });\nexport const ask = () => chat({ messages: [] });\n",
    });
    assert.deepEqual(missing(facts), [
      'warning src/files.ts:1 src/files.ts:1 imports @forge/os, but manifest.yml declares no `objectStore` module: Forge does not enable it without one.',
      'warning src/files.ts:2 src/files.ts:2 imports @forge/llm, but manifest.yml declares no `llm` module: Forge does not enable it without one.',
    ]);
  });

  it('is nothing when the manifest declares it, or when only a test imports it', async () => {
    const declared = await scanFiles({ 'manifest.yml': ['modules:', '  sql:', '    - key: main', '      engine: mysql', ...FUNCTIONS, ...APP, ''].join('\n'), 'src/index.ts': SQL_CODE });
    assert.deepEqual(missing(declared.facts), []);
    const tested = await scanFiles({
      'manifest.yml': ['modules:', ...FUNCTIONS, ...APP, ''].join('\n'),
      'src/index.js': 'export async function run() {}\nexport async function work() {}\n',
      'test/db.test.ts': SQL_CODE,
    });
    assert.deepEqual(missing(tested.facts), []);
  });
});

describe('events pushed to a Forge queue', () => {
  const code = (key: string): string => [
    "import { Queue } from '@forge/events';",
    "import { QUEUE } from './keys';",
    `const queue = new Queue({ key: ${key} });`,
    'export async function run(event) {',
    '  await queue.push({ body: { issue: event.issue.key } });',
    '}',
    'export async function work(event) {}',
    '',
  ].join('\n');
  const consumer = ['  consumer:', '    - key: reader', '      queue: summaries', '      function: work'];

  it('is a warning at the push when no consumer module reads the queue, its key known through an import too', async () => {
    for (const key of ["'summaries'", 'QUEUE']) {
      const { facts } = await scanFiles({
        'manifest.yml': ['modules:', ...FUNCTIONS, ...APP, ''].join('\n'),
        'src/index.js': code(key),
        'src/keys.js': "export const QUEUE = 'summaries';\n",
      });
      assert.deepEqual(missing(facts), [
        'warning src/index.js:5 src/index.js:5 pushes events to the queue `summaries`, but no `consumer` module of manifest.yml reads that queue: the events are never handled.',
      ], key);
    }
  });

  it('is nothing when a consumer reads it, or when its key is not known', async () => {
    const read = await scanFiles({ 'manifest.yml': ['modules:', ...consumer, ...FUNCTIONS, ...APP, ''].join('\n'), 'src/index.js': code("'summaries'") });
    assert.deepEqual(missing(read.facts), []);
    const unknown = await scanFiles({ 'manifest.yml': ['modules:', ...FUNCTIONS, ...APP, ''].join('\n'), 'src/index.js': code('process.env.QUEUE_KEY') });
    assert.deepEqual(missing(unknown.facts), []);
  });
});
