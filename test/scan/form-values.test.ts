import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence, Facts } from '../../src/scan/facts.ts';

const at = (e: Evidence | undefined): string | null => (e ? `${e.file}:${e.line}` : null);

describe('a UI Kit form read with `getValues()` of `useForm()` rather than handed to a submit function', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/form-values'));
  });

  it('holds what users filled in; the form’s own state does not', () => {
    const logs = facts.logs.map((l) => ({ at: at(l.evidence), side: l.side, carries: l.carries }));
    assert.deepEqual(logs, [
      { at: 'src/frontend/panel.jsx:10', side: 'frontend', carries: ['resolver-payload'] },
      { at: 'src/frontend/panel.jsx:11', side: 'frontend', carries: ['other'] },
    ]);
  });
});
