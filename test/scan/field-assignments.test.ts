import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = forgeManifest('permissions:', '  scopes:', '    - storage:app');
const packages = '{"dependencies":{"@forge/kvs":"1.0.0"}}';

describe('objects built field by field (`const updates = {}; updates.title = payload.title`)', () => {
  it('hold what their fields are given, and a field only what it is given', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': packages,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run({ noteId, title, status }, context) {',
        '  const updates = {};',
        '  if (title !== undefined) updates.title = title.trim();',
        '  if (status !== undefined) updates.status = status;',
        '  updates.updatedBy = context.principal.accountId;',
        '  updates.updatedAt = Date.now();',
        '  await kvs.set(`note-${noteId}`, updates);',
        "  await kvs.set('stamp', updates.updatedAt);",
        "  await kvs.set('title', updates.title);",
        "  console.log('updated', updates.updatedAt, updates.status);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.line}`), [
      'note-{} account-id,resolver-payload 8',
      'stamp other 9',
      'title resolver-payload 10',
    ]);
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`), ['11 other']);
  });

  it('keep what a field held before it was given another value on some path', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': packages,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'export async function run(event, context) {',
        "  const entry = { owner: context.principal.accountId, note: 'none', at: Date.now() };",
        '  if (event.note) entry.note = event.note;',
        "  await kvs.set('note', entry.note);",
        "  await kvs.set('at', entry.at);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['note resolver-payload', 'at other']);
  });

  it('are read whole when another function gives them fields, or a field is made of the object itself', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': packages,
      'src/index.js': [
        "import { kvs } from '@forge/kvs';",
        'const last = {};',
        'export async function run(event, context) {',
        '  last.owner = context.principal.accountId;',
        '  last.at = Date.now();',
        "  await kvs.set('at', last.at);",
        "  const digest = { text: '', by: context.principal.accountId };",
        '  for (const issue of event.issues) {',
        '    digest.text = digest.text + issue.title;',
        "    digest.text = digest.text + ', ' + issue.key;",
        '  }',
        "  await kvs.set('digest', digest.text);",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => `${s.key} ${s.carries.join(',')}`), ['at account-id', 'digest account-id,resolver-payload']);
  });
});
