import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { LineIndex } from '../../src/utils/lines.ts';

describe('LineIndex', () => {
  it('gives 1-based lines and columns and the trimmed line', () => {
    const lines = new LineIndex('first\n  second line\r\nthird');
    assert.deepEqual(lines.evidence('a.js', 10), { file: 'a.js', line: 2, column: 5, excerpt: 'second line' });
    assert.equal(lines.lineOf(0), 1);
    assert.equal(lines.lineText(3), 'third');
  });

  it('shows control characters in excerpts instead of passing them to a terminal', () => {
    const lines = new LineIndex('const clear = "\u001b[2J\u0007";\tx();');
    assert.equal(lines.evidence('a.js', 0).excerpt, 'const clear = "\\u001b[2J\\u0007";\tx();');
  });

  it('cuts long lines', () => {
    const excerpt = new LineIndex('x'.repeat(500)).evidence('a.js', 0).excerpt;
    assert.equal(excerpt.length, 200);
    assert.ok(excerpt.endsWith('...'));
  });

  it('cuts a long line between escapes, never inside one', () => {
    for (const at of [190, 193, 196, 197]) {
      const excerpt = new LineIndex(`${'x'.repeat(at)}${'\u001b'.repeat(40)}`).evidence('a.js', 0).excerpt;
      assert.match(excerpt, /^x+(?:\\u001b)*\.\.\.$/, String(at));
      assert.ok(excerpt.length <= 200, String(at));
    }
  });

  it('escapes only the part of a long line it shows: a minified bundle\'s line is not escaped whole for each excerpt', () => {
    const lines = new LineIndex(`${'x'.repeat(500)}\u001b[2J${'y'.repeat(1_000_000)}`);
    const replace = mock.method(String.prototype, 'replace');
    try {
      assert.equal(lines.evidence('bundle.js', 400_000).excerpt, `${'x'.repeat(197)}...`);
    } finally {
      replace.mock.restore();
    }
    assert.equal(replace.mock.callCount(), 0);
  });
});
