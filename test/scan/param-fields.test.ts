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
