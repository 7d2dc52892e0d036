/** Wordings earlier rounds left unread, each in its general form, beside the near wordings that must stay as they were. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();

describe('recognising the leftovers of earlier rounds', () => {
  it('an app built entirely on Forge has no back end of its own, and a store of Forge named beside it is all its storage', () => {
    assert.deepEqual(idsIn('The app is built entirely on Forge; its configuration is kept in Forge storage.'), ['no-external-backend', 'storage-only-atlassian']);
    assert.deepEqual(idsIn('Acme Planner is built exclusively with Atlassian Forge.'), ['no-external-backend']);
    // built on Forge (a Forge app with a remote is too), or a part of the app built on Forge
    assert.deepEqual(idsIn('The app is built on Forge; its configuration is kept in Forge storage.'), []);
    assert.deepEqual(idsIn('The front end is built entirely on Forge, and the back end runs on AWS.'), []);
    assert.deepEqual(idsIn('The UI is built entirely with Forge UI Kit.'), []);
  });
});
