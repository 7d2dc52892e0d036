import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;

describe('a Next.js route file whose export a wrapper makes (`export default allowMethods([\'POST\'], uninstalled)`)', () => {
  it('answers the Connect lifecycle callback at its path: the uninstall deletes the tenant\'s rows, the install is handed the shared secret', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/app/connect-next-wrapped-lifecycle'));
    assert.deepEqual(facts.uninstall.map((u) => (u.deletes ?? []).map((d) => [d.key, at(d.evidence), d.tenant === true])), [
      [['tenants', 'pages/api/uninstalled.ts:6', true]],
    ]);
    assert.deepEqual(facts.storage.map((s) => [s.op, at(s.evidence), s.carries.includes('secret')]), [
      ['write', 'pages/api/installed.ts:6', true],
      ['delete', 'pages/api/uninstalled.ts:6', false],
    ]);
  });
});
