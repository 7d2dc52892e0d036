import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryPairs } from '../../../src/scan/source/string-marks.ts';

describe('the parameters of a query', () => {
  it('each as its name and value, in order; a value may hold `=`, a name alone has an empty value, the fragment is no part', () => {
    assert.deepEqual(queryPairs('/rest/api/3/project/search?expand=lead,description&jql=project=ENG&archived#top'), [
      ['expand', 'lead,description'], ['jql', 'project=ENG'], ['archived', ''],
    ]);
    assert.deepEqual(queryPairs('/panel?key={issue.key}'), [['key', '{issue.key}']]);
    assert.deepEqual(queryPairs('/rest/api/3/myself'), []);
  });
});
