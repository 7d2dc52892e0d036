import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepYamlIn, YamlFile, type YamlMemo } from '../../src/app/yaml-locate.ts';

/** A memo in memory, as the scan's cache keeps answers. */
function memory(): YamlMemo & { kept: Map<string, string> } {
  const kept = new Map<string, string>();
  return { kept, recall: (name, key) => kept.get(`${name}\0${key}`) ?? null, remember: (name, key, value) => void kept.set(`${name}\0${key}`, value) };
}

/** Reads a file with the memo, as a scan does, and what it answers. */
function read(memo: YamlMemo, file: string, text: string): YamlFile {
  keepYamlIn(memo);
  try {
    return new YamlFile(file, text);
  } finally {
    keepYamlIn(null);
  }
}

const paths = [['app', 'id'], ['modules', 'jira:issuePanel', 0, 'key'], ['modules', 'jira:issuePanel', 1], ['modules', 'jira:issuePanel', 5], ['permissions', 'scopes', 1], ['app', 'missing', 'deeper'], ['nowhere'], []];

describe('YAML kept in the cache', () => {
  it('answers values, problems and where each value was written as the parsed file does', () => {
    const text = 'app:\n  id: ari:cloud:ecosystem::app/1\nmodules:\n  jira:issuePanel:\n    - key: panel\n      title: [unclosed\n    - { key: other }\npermissions:\n  scopes:\n    - read:jira-work\n    - write:jira-work\n';
    const memo = memory();
    const parsed = read(memo, 'manifest.yml', text);
    assert.equal(memo.kept.size, 1);
    const kept = read(memo, 'manifest.yml', text);
    assert.ok(parsed.diagnostics.length > 0, 'the unclosed list is reported');
    assert.deepEqual(kept.value, parsed.value);
    assert.deepEqual(kept.diagnostics, parsed.diagnostics);
    for (const path of paths) assert.deepEqual(kept.locate(path), parsed.locate(path), JSON.stringify(path));
    for (const path of paths) assert.deepEqual(kept.evidence(path), parsed.evidence(path), JSON.stringify(path));
    assert.deepEqual(kept.evidence(['permissions', 'scopes', 1]).line, 11);
  });

  it('keeps no answer JSON would change (.inf, -0, a __proto__ key), nor one for another file name', () => {
    const memo = memory();
    for (const text of ['limit: .inf\n', 'zero: -0\n', '__proto__: { polluted: true }\n']) {
      const first = read(memo, 'manifest.yml', text);
      assert.equal(memo.kept.size, 0, text);
      assert.deepEqual(read(memo, 'manifest.yml', text).value, first.value, text);
    }
    read(memo, 'manifest.yml', 'a: 1\n');
    assert.equal(read(memo, 'other.yml', 'a: 1\n').evidence(['a']).file, 'other.yml');
    assert.equal(memo.kept.size, 2);
  });
});
