import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('the claims of a JWT a Connect app checks with jsonwebtoken', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/jsonwebtoken-claims'));
  });
  const logAt = (line: number): string[] => facts.logs.find((l) => l.evidence.file === 'src/server.js' && l.evidence.line === line)!.carries;

  it("name the user in `sub` of what jwt.verify returns, as atlassian-jwt's decode does", () => {
    assert.deepEqual(logAt(12), ['account-id']);
  });

  it('name the user in `sub` destructured from what jwt.decode returns', () => {
    assert.deepEqual(logAt(16), ['account-id']);
  });

  it('hold no user in the issuer or expiry', () => {
    assert.deepEqual(logAt(13), ['other']);
  });
});
