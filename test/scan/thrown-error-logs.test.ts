import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// The error a failed request throws holds its status and message, none of the product data asked for; an error the `try`
// block throws itself holds what it was made of (`new Error(\`"${issue.fields.summary}" is already done\`)`), printed whole
// or as its `message`.
describe('errors logged in a `catch`', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/thrown-error-logs'));
  });
  const logs = (): string[] => facts.logs.map((l) => `${l.evidence.line} ${l.carries.join(',')}`);

  it("carry no product content for a request's error", () => {
    assert.ok(logs().includes('25 other'), logs().join('\n'));
  });

  it('carry what an error the block throws is made of, whole and as its message', () => {
    assert.ok(logs().includes('44 product-content'), logs().join('\n'));
    assert.ok(logs().includes('45 product-content'), logs().join('\n'));
  });

  it('carry none of it for an error made of a key and a status, thrown by a function the block calls', () => {
    assert.ok(logs().includes('51 other'), logs().join('\n'));
  });
});
