import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lockfileLookup } from '../../src/app/lockfiles.ts';

// bun.lock is JSON with trailing commas; a comma before a bracket inside a string (a tarball URL's fragment) is the string's own.
const lock = [
  '{',
  '  "lockfileVersion": 1,',
  '  "packages": {',
  '    "left-pad": ["left-pad@1.3.0", "", {}, "sha512-x",],',
  '    "vendored": ["vendored@https://example.com/vendored.tgz#v1,}", "", {},],',
  '  },',
  '}',
  '',
].join('\n');

describe('bun.lock', () => {
  it('reads past trailing commas, leaving those in strings', () => {
    const lookup = lockfileLookup('bun', 'bun.lock', lock);
    assert.equal(lookup('left-pad', '^1.3.0', '.'), '1.3.0');
    assert.equal(lookup('vendored', 'https://example.com/vendored.tgz', '.'), 'https://example.com/vendored.tgz#v1,}');
  });
});
