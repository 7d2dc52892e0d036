import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const stored = (facts: Facts): Array<[string | null, string[], string]> => facts.storage.map((s) => [s.key, s.carries, `${s.evidence.file}:${s.evidence.line}`]);
const app = (files: Record<string, string[]>): Record<string, string> => ({
  'manifest.yml': panelManifest('storage:app', 'read:jira-work'),
  'package.json': '{}',
  'static/src/App.js': "import { invoke } from '@forge/bridge';\nexport const send = (action, data) => invoke('dispatch', { action, data });\n",
  ...Object.fromEntries(Object.entries(files).map(([file, lines]) => [file, lines.join('\n')])),
});
const RESOLVER = ["import Resolver from '@forge/resolver';", 'const resolver = new Resolver();'];

describe('functions handed to the functions that call them, across modules', () => {
  it('an object of handlers another module exports, called by a key the payload chooses: each handler receives the data', async () => {
    const { facts } = await scanFiles(app({
      'src/actions.js': [
        "import { kvs } from '@forge/kvs';",
        'async function save(data) {',
        "  await kvs.set('note', data.text);",
        '}',
        'async function rename(data) {',
        '  await kvs.set(`title-${data.id}`, data.title);',
        '}',
        "export const actions = { save, 'rename-note': rename };",
      ],
      'src/index.js': [
        ...RESOLVER,
        "import { actions } from './actions';",
        "resolver.define('dispatch', async ({ payload }) => actions[payload.action](payload.data));",
        'export const handler = resolver.getDefinitions();',
      ],
    }));
    assert.deepEqual(stored(facts), [
      ['note', ['resolver-payload'], 'src/actions.js:3'],
      ['title-{}', ['resolver-payload'], 'src/actions.js:6'],
    ]);
  });

  it("a module's own object of handlers, through a name (const run = handlers[action]), and a function handed by name to one that calls it", async () => {
    const { facts } = await scanFiles(app({
      'src/issues.js': [
        "import api, { route } from '@forge/api';",
        'export async function withIssue(key, fn) {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${key}`);',
        '  return fn(await res.json());',
        '}',
      ],
      'src/summary.js': [
        "import { kvs } from '@forge/kvs';",
        "export const summarize = (issue) => kvs.set('summary', issue.fields.summary);",
      ],
      'src/index.js': [
        ...RESOLVER,
        "import { kvs } from '@forge/kvs';",
        "import { withIssue } from './issues';",
        "import { summarize } from './summary';",
        'const handlers = {',
        "  async pin(data) { await kvs.set('pinned', data); },",
        '};',
        "resolver.define('dispatch', async ({ payload }) => {",
        '  const run = handlers[payload.action];',
        '  await run(payload.data);',
        '  return withIssue(payload.key, summarize);',
        '});',
        'export const handler = resolver.getDefinitions();',
      ],
    }));
    assert.deepEqual(stored(facts), [
      ['pinned', ['resolver-payload'], 'src/index.js:7'],
      ['summary', ['product-content'], 'src/summary.js:2'],
    ]);
  });

  it('a handler no call reaches, and a key read but not called, receive nothing', async () => {
    const { facts } = await scanFiles(app({
      'src/actions.js': [
        "import { kvs } from '@forge/kvs';",
        "export const labels = { save: (data) => kvs.set('label', data) };",
        'export const register = (name, fn) => ({ name, fn });',
      ],
      'src/index.js': [
        ...RESOLVER,
        "import { kvs } from '@forge/kvs';",
        "import { labels, register } from './actions';",
        "register('save', async (data) => kvs.set('registered', data));",
        "resolver.define('dispatch', async ({ payload }) => ({ label: labels[payload.action] !== undefined }));",
        'export const handler = resolver.getDefinitions();',
      ],
    }));
    assert.deepEqual(stored(facts), [
      ['label', ['other'], 'src/actions.js:2'],
      ['registered', ['other'], 'src/index.js:5'],
    ]);
  });
});
