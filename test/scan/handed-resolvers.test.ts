import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';

describe('resolver functions defined in another module than the resolver (`registerNotes(r)`, `registerLabels(define)`, a registry\'s `define`)', () => {
  it('hands each function the request of its resolver function: what it stores and logs carries the payload and the context', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/r23a/handed-resolvers'));
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, `${s.evidence.file}:${s.evidence.line}`]).sort((a, b) => String(a[2]).localeCompare(String(b[2]))), [
      ['label-{}', ['resolver-payload'], 'src/resolvers/labels.js:6'],
      ['note-{}', ['account-id', 'resolver-payload'], 'src/resolvers/notes.js:6'],
      ['reminder-{}', ['resolver-payload'], 'src/resolvers/reminders.js:5'],
    ]);
    assert.deepEqual(facts.logs.map((l) => [l.carries, l.evidence.line]), [[['resolver-payload'], 5]]);
  });
});
