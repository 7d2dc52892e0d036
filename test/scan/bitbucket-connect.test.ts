import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookupOperation } from '../../src/scan/scopes/table.ts';

describe('a repository\'s full name in a Bitbucket path', () => {
  it('stands for its workspace and slug when a name of the API follows it', () => {
    assert.equal(lookupOperation('bitbucket', 'POST', '/2.0/repositories/{}/pullrequests/{}/comments')?.operation, 'POST /2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/comments');
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/pullrequests/{}/commits')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests/{pull_request_id}/commits');
  });

  it('a workspace and a slug written out are two segments, as before', () => {
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/{}/pullrequests')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests');
    assert.equal(lookupOperation('bitbucket', 'GET', '/2.0/repositories/{}/website/pullrequests')?.operation, 'GET /2.0/repositories/{workspace}/{repo_slug}/pullrequests');
  });
});
