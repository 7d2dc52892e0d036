/** Wordings of the eighth set of model apps' statements that Candor did not read, each in its general form, beside near wordings that must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const recognised = (sentence: string) => recogniseText(sentence, { ...source, text: sentence });
const idsIn = (sentence: string): string[] => recognised(sentence).map((r) => r.claim.id).sort();

describe('recognising the eighth model apps\' scope lists', () => {
  const read = (sentence: string) => recognised(sentence).filter((r) => r.claim.id === 'exact-scopes').map((r) => r.params);
  it('"The app\'s scopes are A and B" lists the app\'s scopes; scopes said to be few, or where they are declared, list none', () => {
    assert.deepEqual(read("The app's scopes are read:page:confluence and storage:app."), [{ scopes: [{ scope: 'read:page:confluence' }, { scope: 'storage:app' }] }]);
    assert.deepEqual(read('Its permissions are READ and WRITE.'), [{ scopes: [{ scope: 'READ' }, { scope: 'WRITE' }] }]);
    assert.deepEqual(idsIn("The app's scopes are minimal."), []);
    assert.deepEqual(idsIn("The app's scopes are declared in the manifest."), []);
  });
});

describe('recognising the eighth model apps\' denials of analytics', () => {
  const read = (sentence: string) => recognised(sentence).filter((r) => r.claim.id === 'third-parties-exactly').map((r) => r.params);
  it('cookies leading the kinds denied, and "of any kind" closing them, deny analytics vendors; cookies alone deny none', () => {
    assert.deepEqual(read('Ledgerly does not use cookies, analytics or tracking of any kind.'), [{ parties: [], categories: ['analytics'] }]);
    assert.deepEqual(read('The app does not use analytics or tracking of any kind.'), [{ parties: [], categories: ['analytics'] }]);
    assert.deepEqual(read('We do not use cookies.'), []);
    assert.deepEqual(read("We don't use cookies or tracking pixels."), []);
    assert.deepEqual(read('The app does not use cookies for tracking.'), []);
  });
});

describe('recognising the eighth model apps\' authenticated requests', () => {
  it('"Requests from Forge to our backend are authenticated with ..." speaks of every request to the back end; requests of another kind do not', () => {
    assert.deepEqual(idsIn('Requests from Forge to our backend are authenticated with the Forge Invocation Token.'), ['authenticated-requests']);
    assert.deepEqual(idsIn('Requests to our API are signed with a JWT.'), ['authenticated-requests']);
    assert.deepEqual(idsIn('Requests for new features go to our roadmap.'), []);
  });
});
