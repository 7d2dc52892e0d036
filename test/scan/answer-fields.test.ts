import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const FRONT_END = [
  "import { invoke } from '@forge/bridge';",
  'export async function show() {',
  "  const data = await invoke('getNote');",
  '  console.log(data.note);',
  '  console.log(data.summary);',
  '  console.log(data);',
  '}',
].join('\n');

const app = (resolvers: string[]) => ({
  'manifest.yml': panelManifest('read:jira-work', 'storage:app'),
  'package.json': '{ "dependencies": { "@forge/api": "5.0.0", "@forge/resolver": "1.6.0", "@forge/kvs": "1.0.0" } }',
  'src/index.js': [
    "import Resolver from '@forge/resolver';",
    "import api, { route } from '@forge/api';",
    "import { kvs } from '@forge/kvs';",
    'const resolver = new Resolver();',
    ...resolvers,
    "resolver.define('saveNote', async ({ payload, context }) => kvs.set(`note:${context.extension.issue.key}`, payload.text));",
    'export const handler = resolver.getDefinitions();',
  ].join('\n'),
  'static/package.json': '{ "dependencies": { "@forge/bridge": "4.0.0" } }',
  'static/src/app.js': FRONT_END,
});

const logged = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']) =>
  facts.logs.filter((l) => l.evidence.file === 'static/src/app.js').map((l) => [l.evidence.line, l.carries]);

describe("a field of a resolver function's answer, read by a front end", () => {
  it('holds what that field of the returned object holds, and the whole answer all of them', async () => {
    const { facts } = await scanFiles(app([
      "resolver.define('getNote', async ({ context }) => {",
      '  const key = context.extension.issue.key;',
      '  const response = await api.asUser().requestJira(route`/rest/api/3/issue/${key}?fields=summary`);',
      '  const issue = await response.json();',
      '  const note = await kvs.get(`note:${key}`);',
      '  if (!note) return { summary: issue.fields.summary, note: null };',
      '  return { summary: issue.fields.summary, note };',
      '});',
    ]));
    assert.deepEqual(logged(facts), [[4, ['resolver-payload']], [5, ['product-content']], [6, ['product-content', 'resolver-payload']]]);
  });

  it('of a resolver function handed by name, likewise', async () => {
    const { facts } = await scanFiles(app([
      'async function getNote({ context }) {',
      '  const key = context.extension.issue.key;',
      '  const response = await api.asUser().requestJira(route`/rest/api/3/issue/${key}?fields=summary`);',
      '  const issue = await response.json();',
      '  return { summary: issue.fields.summary, note: await kvs.get(`note:${key}`) };',
      '}',
      "resolver.define('getNote', getNote);",
    ]));
    assert.deepEqual(logged(facts), [[4, ['resolver-payload']], [5, ['product-content']], [6, ['product-content', 'resolver-payload']]]);
  });

  it('of a resolver that returns something else than an object literal, holds the whole answer', async () => {
    const { facts } = await scanFiles(app([
      "resolver.define('getNote', async ({ context }) => {",
      '  const response = await api.asUser().requestJira(route`/rest/api/3/issue/${context.extension.issue.key}`);',
      "  if (!response.ok) return { summary: '', note: '' };",
      '  return response.json();',
      '});',
    ]));
    // The issue read names no fields: it answers with all of them, the assignee, reporter and creator among them. A field the
    // front end reads that the answer lacks (`note`) may be any of it; its `summary` holds no user.
    const people = ['account-id', 'display-name', 'email', 'product-content'];
    assert.deepEqual(logged(facts), [[4, people], [5, ['product-content']], [6, people]]);
  });
});
