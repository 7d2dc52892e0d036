import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('the author of a comment a product event carries', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/comment-event-authors'));
  });
  const stored = (key: string): string[] => facts.storage.find((s) => s.key === key)!.carries;

  it('is an account ID in a Jira comment event (`comment.author`, `comment.updateAuthor.accountId`), as the user who acted is', () => {
    assert.deepEqual(stored('last-commenter:{}'), ['account-id']);
    assert.deepEqual(stored('last-editor:{}'), ['account-id']);
    assert.deepEqual(facts.logs.map((l) => l.carries), [['account-id']]);
  });

  it('is the user Confluence gives (account ID, display name, email) in a Confluence comment event', () => {
    assert.deepEqual(stored('page-commenter:{}'), ['account-id', 'display-name', 'email']);
  });

  it('leaves the comment\'s other fields as they were: its ID no one\'s data, its page\'s title content', () => {
    assert.deepEqual(stored('last-comment:{}'), ['other']);
    assert.deepEqual(stored('page-comment-title:{}'), ['product-content']);
  });
});
