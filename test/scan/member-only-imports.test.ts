import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/app/member-only-imports');

describe('CommonJS exports that no importer uses, where the importers take the module whole and use fixed members', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(FIXTURE);
  });

  it('keeps what the members the importer uses do (polls.recordVote, polls.tally, audit.note)', () => {
    assert.deepEqual(facts.storage.map((s) => `${s.op} ${s.evidence.file}:${s.evidence.line}`), ['write src/services/polls.js:4', 'query src/services/polls.js:8']);
    assert.ok(facts.logs.some((l) => l.evidence.file === 'src/services/audit.js' && l.evidence.line === 2));
  });

  it('gives no facts for a function of module.exports = { ... } nor an exports.name function that nothing uses', () => {
    assert.equal(facts.storage.some((s) => s.evidence.line === 15), false);
    assert.deepEqual(facts.logs.map((l) => `${l.evidence.file}:${l.evidence.line}`), ['src/services/audit.js:2']);
  });
});

describe('memberOnlyImports', () => {
  it('names the members of a whole import used only through them, and leaves one used any other way whole, as it leaves an ES module namespace import', async () => {
    const { parseModule } = await import('../../src/scan/source/module.ts');
    const { memberOnlyImports } = await import('../../src/scan/source/member-imports.ts');
    const text = [
      "const polls = require('./polls');",
      "const icons = require('./icons');",
      "const audit = require('./audit');",
      "const store = require('./store');",
      "import * as lib from './lib';",
      'polls.tally(1); polls.recordVote(1, 2, 3);',
      'const el = <icons.Add />;',
      'register(audit);',
      'store[name]();',
      'lib.only();',
    ].join('\n');
    assert.deepEqual(memberOnlyImports(parseModule('src/a.jsx', text).module), { polls: ['recordVote', 'tally'] });
  });
});
