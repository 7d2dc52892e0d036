import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CHECKS } from '../../src/checks/registry.ts';
import { CHECKS_DOC, renderChecksDoc } from '../../scripts/build-checks-doc.ts';

const CATALOGUE = path.resolve(import.meta.dirname, '../../src/checks/catalogue');
const TESTS = import.meta.dirname;

describe('check registry', () => {
  const files = fs.readdirSync(CATALOGUE).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

  it('registers every catalogue file, under its file name, in id order', () => {
    assert.deepEqual(CHECKS.map((c) => c.id), files);
  });

  it('gives every check a title, a description, a fix and messages', () => {
    for (const c of CHECKS) {
      assert.ok(c.title && c.description.length > 80 && c.fix.length > 20, c.id);
      assert.ok(Object.keys(c.messages).length > 0, c.id);
      assert.match(c.description, new RegExp(`\\b${c.severity === 'note' ? 'Note' : c.severity === 'error' ? 'Error' : 'Warning'}\\b`), `${c.id}: the description states the severity`);
    }
  });

  it('has a table test for every check', () => {
    for (const id of files) assert.ok(fs.existsSync(path.join(TESTS, `${id}.test.ts`)), `test/checks/${id}.test.ts`);
  });

  it('documents every check in docs/checks.md, and the file is up to date', () => {
    const doc = fs.readFileSync(CHECKS_DOC, 'utf8');
    for (const c of CHECKS) assert.ok(doc.includes(`## ${c.id}\n`), c.id);
    assert.ok(doc === renderChecksDoc(CHECKS), 'docs/checks.md is stale: run node scripts/build-checks-doc.ts');
  });
});
