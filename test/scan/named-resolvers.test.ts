import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = panelManifest('storage:app');

type Facts = Awaited<ReturnType<typeof scanFiles>>['facts'];
const carried = (facts: Facts): Array<[string, number, string[]]> =>
  [...facts.logs, ...facts.storage].map((f) => [f.evidence.file, f.evidence.line, f.carries]);

describe('the request of a resolver function handed by name (`resolver.define(\'get\', getThing)`)', () => {
  it("holds the caller's account ID as a whole and in its context, not in its payload", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        'async function getThing(req) {',
        '  console.log(req);',
        "  console.log('context', req.context);",
        "  console.log('license', req.context.license);",
        "  await kvs.set('issue', req.payload);",
        '}',
        "resolver.define('get', getThing);",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(carried(facts), [
      ['src/index.js', 5, ['account-id', 'resolver-payload']],
      ['src/index.js', 6, ['account-id', 'resolver-payload']],
      ['src/index.js', 7, ['other']],
      ['src/index.js', 8, ['resolver-payload']],
    ]);
  });

  it('holds in each field of its payload what front ends send in that field', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { saveNote } from './notes';",
        'const resolver = new Resolver();',
        "resolver.define('saveNote', saveNote);",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
      'src/notes.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function saveNote({ payload, context }) {',
        "  await kvs.set(`note-${payload.id}`, payload.title);",
        "  await kvs.set('owner', payload.owner);",
        "  console.log('site', context.cloudId, context.locale);",
        '}',
        '',
      ].join('\n'),
      'static/src/app.js': [
        "import { invoke } from '@forge/bridge';",
        'export const save = (title, me) => invoke(\'saveNote\', { id: 1, title, owner: me.accountId });',
        '',
      ].join('\n'),
    });
    assert.deepEqual(carried(facts), [
      ['src/notes.js', 5, ['other']],
      ['src/notes.js', 3, ['resolver-payload']],
      ['src/notes.js', 4, ['account-id', 'resolver-payload']],
    ]);
  });

  it('is told apart from its payload and its context in a helper it is handed (`save(req)`)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        'async function save(r) {',
        "  console.log('request', r);",
        "  await kvs.set('issue', r.payload);",
        "  console.log('license', r.context.license);",
        '}',
        'const getThing = async (req) => save(req);',
        "resolver.define('get', getThing);",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(carried(facts), [['src/index.js', 5, ['account-id', 'resolver-payload']], ['src/index.js', 7, ['other']], ['src/index.js', 6, ['resolver-payload']]]);
  });

  it("reads a field of the context a helper is handed by an inline resolver too (`r.context.license`)", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        'const resolver = new Resolver();',
        "const show = (r) => console.log('license', r.context.license);",
        "resolver.define('get', async (req) => show(req));",
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    });
    assert.deepEqual(carried(facts), [['src/index.js', 3, ['other']]]);
  });
});
