import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import people from '../../src/data/generated/personal-data-operations.json' with { type: 'json' };

describe('a person field of Jira\'s content (a comment\'s `author` and `updateAuthor`, an attachment\'s `author`)', () => {
  it('holds the person, none of the content, read from an answer that counts none of the people in it', async () => {
    const facts = await scan(path.join(import.meta.dirname, '../fixtures/app/jira-comment-authors'));
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries.join(',')]), [
      ['digest-author:{}', 'account-id,display-name,email'],
      ['digest-editor:{}', 'account-id,display-name,email'],
      ['digest-text:{}', 'product-content'],
      ['digest-created:{}', 'product-content'],
      ['upload-author:{}', 'account-id,display-name,email'],
      ['upload-name:{}', 'product-content'],
    ]);
  });

  it('is derived from the schemas of Jira\'s documents: a name that is something else in any of them is left out', () => {
    const fields = people.personFields as Record<string, string[]>;
    assert.deepEqual(fields.author, ['account-id', 'display-name', 'email']);
    assert.deepEqual(fields.updateAuthor, ['account-id', 'display-name', 'email']);
    // `user` is a person in a membership but an actor's name elsewhere; `lead` a person in a project, an account ID in a request.
    assert.equal(Object.hasOwn(fields, 'user'), false);
    assert.equal(Object.hasOwn(fields, 'lead'), false);
  });
});
