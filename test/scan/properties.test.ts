import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propertyStorage } from '../../src/scan/properties.ts';
import type { RestCall } from '../../src/scan/facts.ts';

const call = (method: RestCall['method'], path: string): RestCall => ({
  product: 'jira', method, path, auth: 'connect', api: 'AP.request', scopes: null, evidence: { file: 'a.js', line: 1, column: 1, excerpt: '' },
});

describe('properties written and read through product REST calls', () => {
  it('include those of the `latest` version of the Jira API', () => {
    const put = call('PUT', '/rest/api/latest/project/{}/properties/config');
    const out = propertyStorage([put, call('GET', '/rest/api/latest/issue/{}/properties/notes')], new Map([[put, ['secret']]]));
    assert.deepEqual(out.map((s) => [s.backend, s.op, s.key, s.carries]), [
      ['entity-property', 'write', 'config', ['secret']],
      ['issue-property', 'read', 'notes', []],
    ]);
  });

  it("include Confluence's user properties, with or without the /wiki prefix", () => {
    const put = { ...call('PUT', '/rest/api/user/{}/property/token'), product: 'confluence' as const };
    const out = propertyStorage([put, { ...call('GET', '/wiki/rest/api/user/{}/property/prefs?jsonValue=true'), product: 'confluence' }], new Map([[put, ['secret']]]));
    assert.deepEqual(out.map((s) => [s.backend, s.op, s.key, s.carries]), [
      ['entity-property', 'write', 'token', ['secret']],
      ['entity-property', 'read', 'prefs', []],
    ]);
  });
});
