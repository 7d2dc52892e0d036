import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, pathOf } from '../../src/scan/route-paths.ts';

describe('the path a route answers', () => {
  it('is a URL\'s path, without its host, query and trailing slash', () => {
    assert.equal(pathOf('https://app.example.com/lifecycle/installed/?x=1'), '/lifecycle/installed');
    assert.equal(pathOf('issue-created'), '/issue-created');
  });

  it('is answered by the route itself, mounted under a prefix, or with a parameter for a segment beside a constant one', () => {
    assert.ok(answers('/lifecycle/installed', '/lifecycle/installed'));
    assert.ok(answers('/installed', '/lifecycle/installed'));
    assert.ok(answers('/lifecycle/:event', '/lifecycle/installed'));
    assert.ok(answers('/:event/installed', '/api/lifecycle/installed'));
    assert.ok(!answers('/lifecycle/:event', '/hooks/installed'));
    assert.ok(!answers('/:event', '/lifecycle/installed'));
    assert.ok(!answers('/', '/installed'));
    assert.ok(!answers('/stalled', '/installed'));
  });
});
