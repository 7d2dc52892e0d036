/** Wordings the fourth set of model apps read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const claimsOf = (file: string, text: string): Array<[string, number, Record<string, unknown>]> =>
  recogniseClaims(readStatement(file, text)).map((r) => [r.claim.id, r.source.line, r.params]);

describe('recognising the wordings of the fourth model apps', () => {
  it('a title line over a list of scopes claims them all; an item of its list is no claim of its own', () => {
    // Items long enough to read as sentences, not as the introduction of the items after them.
    const text = 'Logging\nThe app does not log data.\n\nPermissions\n- read:jira-work: read the issue, its description and its comments to write the summary\n- write:jira-work: post the summary as a comment when the user asks for it\n- storage:app: keep the settings an admin saves on the configuration page\n';
    const scopes = claimsOf('s.txt', text).filter(([id]) => id === 'exact-scopes');
    assert.equal(scopes.length, 1);
    assert.deepEqual((scopes[0]![2].scopes as Array<{ scope: string }>).map((s) => s.scope), ['read:jira-work', 'write:jira-work', 'storage:app']);
    // A sentence under the title that lists the scopes itself still makes the claim instead of the title.
    const below = claimsOf('s.txt', 'Permissions\nThe app requests exactly two scopes:\n- read:jira-work\n- storage:app\n').filter(([id]) => id === 'exact-scopes');
    assert.deepEqual(below.map(([, line, params]) => [line, params.count]), [[2, 2]]);
  });
});
