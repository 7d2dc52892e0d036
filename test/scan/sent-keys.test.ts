import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a storage key a resolver function takes from what the front end sends', () => {
  it('is what the front end\'s invoke calls give that field, one operation per key', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '^1.6.0', '@forge/kvs': '^1.0.0', '@forge/bridge': '^4.0.0' } }),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('saveDraft', async ({ payload }) => {",
        '  await kvs.set(payload.key, payload.text);',
        '});',
        'async function pin(req) {',
        '  await kvs.set(req.payload.slot, req.payload.issueKey);',
        '}',
        "resolver.define('pin', pin);",
        "resolver.define('remember', async ({ payload }) => kvs.set(payload.name, payload.value));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/build/index.html': '<div id="root"></div>',
      'static/src/App.js': [
        "import { invoke } from '@forge/bridge';",
        'export async function save(draft, issue) {',
        "  await invoke('saveDraft', { key: `draft-${draft.id}`, text: draft.text });",
        "  await invoke('pin', { slot: 'pinned', issueKey: issue.key });",
        "  await invoke('pin', { slot: `recent-${issue.key}`, issueKey: issue.key });",
        "  await invoke('remember', { name: draft.name, value: draft.text });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((op) => `${op.evidence.file}:${op.evidence.line} ${op.op} ${op.key}`), [
      'src/index.js:5 write draft-{}',
      'src/index.js:8 write pinned',
      'src/index.js:8 write recent-{}',
      'src/index.js:11 write null',
    ]);
  });
  it('is the same through a helper the resolver functions pass the field to (`store(payload.key, value)`), shown where each passes it', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('storage:app'),
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '^1.6.0', '@forge/kvs': '^1.0.0', '@forge/bridge': '^4.0.0' } }),
      'src/store.js': [
        "import { kvs } from '@forge/kvs';",
        'export const store = (key, value) => kvs.set(key, value);',
        '',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { store } from './store';",
        'const resolver = new Resolver();',
        "resolver.define('keep', (req) => store(req.payload.name, req.payload.body));",
        "resolver.define('stash', ({ payload }) => store(payload.slot, payload.body));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'static/build/index.html': '<div id="root"></div>',
      'static/src/App.js': [
        "import { invoke } from '@forge/bridge';",
        'export async function save(note) {',
        "  await invoke('keep', { name: `note-${note.id}`, body: note.text });",
        "  await invoke('stash', { slot: 'scratch', body: note.text });",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((op) => `${op.evidence.file}:${op.evidence.line} ${op.op} ${op.key} via ${op.via?.line}`), [
      'src/index.js:4 write note-{} via 2',
      'src/index.js:5 write scratch via 2',
    ]);
  });
});
