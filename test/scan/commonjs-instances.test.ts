import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = [
  'modules:',
  '  jira:issuePanel:',
  '    - key: notes-panel',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      render: native',
  '      title: Notes',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  '  sql:',
  '    - key: main',
  '      engine: mysql',
  'resources:',
  '  - key: main',
  '    path: src/frontend/index.jsx',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs22.x',
  'permissions:',
  '  scopes:',
  '    - storage:app',
  '',
].join('\n');

const STORE = [
  "const { sql } = require('@forge/sql');",
  '',
  'class NotesStore {',
  '  async add({ body, owner }) {',
  "    return sql.prepare('INSERT INTO notes (body, owner) VALUES (?, ?)').bindParams(body, owner).execute();",
  '  }',
  '}',
  'module.exports = new NotesStore();',
  '',
].join('\n');

const DRAFTS = [
  "const { kvs } = require('@forge/kvs');",
  '',
  'class Drafts {',
  '  async keep(key, draft) {',
  '    return kvs.set(key, draft);',
  '  }',
  '}',
  'exports.drafts = new Drafts();',
  '',
].join('\n');

const INDEX = [
  "const Resolver = require('@forge/resolver').default;",
  "const notes = require('./store');",
  "const { drafts } = require('./drafts');",
  '',
  'const resolver = new Resolver();',
  "resolver.define('addNote', async (req) => {",
  '  await notes.add({ body: req.payload.body, owner: req.context.accountId });',
  "  await drafts.keep(`draft-${req.context.accountId}`, req.payload.body);",
  '});',
  'exports.handler = resolver.getDefinitions();',
  '',
].join('\n');

describe('class instances a CommonJS module exports (`module.exports = new NotesStore()`)', () => {
  it('take what their callers hand their methods, as `export default new NotesStore()` does', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'package.json': JSON.stringify({ dependencies: { '@forge/resolver': '^1.6.0', '@forge/sql': '^3.0.0', '@forge/kvs': '^1.0.0' } }),
      'src/frontend/index.jsx': "import { invoke } from '@forge/bridge';\ninvoke('addNote', { body: 'x' });\n",
      'src/store.js': STORE,
      'src/drafts.js': DRAFTS,
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.key, s.carries, `${s.evidence.file}:${s.evidence.line}`]), [
      // The key names the person it keeps the draft for.
      ['kvs', 'write', 'draft-{}', ['account-id', 'resolver-payload'], 'src/index.js:8'],
      ['sql', 'write', 'notes', ['account-id', 'resolver-payload'], 'src/store.js:5'],
    ]);
  });
});
