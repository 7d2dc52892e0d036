import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

// An admin page's settings form hands its values to a helper that stores them: the `message` the admin typed is text a
// user sent (data users submit) through the helper's parameter as much as read off the payload in place; the counts and
// switches beside it are configuration, and an error's `message` handed to a helper stays an error's.
describe('a settings helper that stores the text an admin typed', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/admin-settings-text'));
  });
  const writes = (): string[] => facts.storage.filter((s) => s.op === 'write').map((s) => `${s.key} ${s.carries.join(',')} ${s.evidence.file}:${s.evidence.line}`);

  it('carries what the user sent in the field of its parameter named `message`', () => {
    assert.ok(writes().includes('config resolver-payload src/config.js:23'), writes().join('\n'));
  });

  it('carries no user data in an error\'s message handed to a helper', () => {
    assert.ok(writes().includes('last-run other src/config.js:28'), writes().join('\n'));
  });
});
