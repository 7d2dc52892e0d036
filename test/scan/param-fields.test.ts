import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a field of a parameter every caller passes an object literal (`audit({ actor, metadata: { email } })`)', () => {
  it('holds that property of what each caller passes, not the whole objects; a caller passing anything else keeps the whole', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/audit.js': [
        'export async function audit(entry) {',
        '  console.warn(`[Audit] ${entry.action} | ${entry.actor} | ${entry.status}`);',
        '}',
        'export function note(item) {',
        '  console.log(item.title);',
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { audit, note } from './audit';",
        'export async function run(event, context) {',
        "  await audit({ action: 'request', actor: context.principal.accountId, status: 'ok', metadata: { email: event.user.emailAddress } });",
        "  await audit({ action: 'cleanup', actor: 'system', status: 'ok' });",
        "  note({ title: 'fixed' });",
        '  note(event.issue);',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.file, l.evidence.line, l.carries]), [
      ['src/audit.js', 2, ['account-id']],
      ['src/audit.js', 5, ['resolver-payload']],
    ]);
  });
});

describe('a field of a parameter handed on to another function (`log(title)` in `update({ title, owner })`)', () => {
  it('is that property of what the callers pass, through helpers in turn, not the whole object with its account ID', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(),
      'src/store.js': [
        'export function trace(label, value) {',
        '  console.log(label, JSON.stringify(value));',
        '}',
        'export function keep(text) {',
        "  trace('keep', text);",
        '}',
        'export function edit({ noteId, body, owner }) {',
        '  const changes = { body };',
        "  trace('changes', changes);",
        '  keep(body);',
        "  trace('owner', owner);",
        '}',
        'export function rename(options) {',
        "  trace('name', options.name);",
        '}',
        '',
      ].join('\n'),
      'src/index.js': [
        "import { edit, rename } from './store';",
        'export async function run(event, context) {',
        '  edit({ noteId: event.id, body: event.issue.fields.summary, owner: context.principal.accountId });',
        "  rename({ name: 'fixed', owner: context.principal.accountId });",
        '}',
        '',
      ].join('\n'),
    });
    // Each call of the helper that logs is its own log; only `trace('owner', owner)` hands it the account ID.
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [2, ['other']],
      [5, ['resolver-payload']],
      [9, ['resolver-payload']],
      [11, ['account-id']],
    ]);
  });
});
