import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestSchemaDiagnostics } from '../../src/app/manifest.ts';
import { formatPath, parsePath, parseYaml, pointerToPath } from '../../src/app/yaml-locate.ts';

const source = [
  'modules:',
  '  jira:issuePanel:',
  '    - key: panel',
  '      resource: main',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'permissions:',
  '  scopes:',
  '    - read:jira-work',
  '    - "write:jira-work"',
  '',
].join('\n');

describe('parsePath / formatPath', () => {
  it('splits keys with colons and list indexes', () => {
    assert.deepEqual(parsePath('modules.jira:issuePanel[0].resource'), ['modules', 'jira:issuePanel', 0, 'resource']);
  });
  it('quotes keys holding dots, and reads them back', () => {
    assert.equal(formatPath(['dependencies', 'lodash.debounce']), 'dependencies["lodash.debounce"]');
    assert.deepEqual(parsePath('dependencies["lodash.debounce"]'), ['dependencies', 'lodash.debounce']);
  });
  it('turns a JSON pointer into segments, numbers only for array indexes', () => {
    const data = { modules: { 'jira:issuePanel': [{ key: 'a' }] }, map: { 0: 'x' } };
    assert.deepEqual(pointerToPath('/modules/jira:issuePanel/0/key', data), ['modules', 'jira:issuePanel', 0, 'key']);
    assert.deepEqual(pointerToPath('/map/0', data), ['map', '0']);
    assert.deepEqual(pointerToPath('/a~1b/c~0d', {}), ['a/b', 'c~d']);
  });
});

describe('YamlFile.locate', () => {
  const yaml = parseYaml('manifest.yml', source);

  it('finds the key of a map entry', () => {
    assert.deepEqual(yaml.evidence('modules.jira:issuePanel[0].resource'), { file: 'manifest.yml', line: 4, column: 7, excerpt: 'resource: main' });
    assert.equal(yaml.evidence(['modules', 'function', 0, 'handler']).line, 7);
  });
  it('finds list items', () => {
    assert.deepEqual(yaml.evidence('permissions.scopes[1]'), { file: 'manifest.yml', line: 11, column: 7, excerpt: '- "write:jira-work"' });
    assert.equal(yaml.evidence('modules.function[0]').line, 6);
  });
  it('stops at the deepest existing node for a missing path', () => {
    assert.deepEqual(yaml.locate('modules.function[0].runtime.memoryMB'), { offset: source.indexOf('key: resolver'), exact: false });
    assert.equal(yaml.evidence('app.id').line, 1);
  });
  it('reads the document as plain data', () => {
    assert.deepEqual((yaml.value as { permissions: unknown }).permissions, { scopes: ['read:jira-work', 'write:jira-work'] });
    assert.deepEqual(yaml.diagnostics, []);
  });
});

describe('broken YAML', () => {
  it('reports yaml-syntax errors at their lines and keeps what it could read', () => {
    const yaml = parseYaml('manifest.yml', 'app:\n  id: x\n  runtime:\n    name: nodejs22.x\n   oops: [\n');
    assert.deepEqual(yaml.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message]), [
      ['yaml-syntax', 'error', 5, 1, 'YAML syntax error: All mapping items must start at the same column.'],
      ['yaml-syntax', 'error', 6, 1, 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ].'],
    ]);
    assert.equal((yaml.value as { app: { id: string } }).app.id, 'x');
  });
  it('reports one error per line', () => {
    const yaml = parseYaml('manifest.yml', 'permissions:\n  scopes:\n    - read:jira-work\n   - write:jira-work\n');
    assert.deepEqual(yaml.diagnostics.map((d) => d.line), [4]);
  });
  it('an empty file is no error and no data', () => {
    const yaml = parseYaml('manifest.yml', '');
    assert.deepEqual(yaml.diagnostics, []);
    assert.equal(yaml.value, null);
    assert.equal(yaml.evidence('app').line, 1);
  });
  it('says a second document (after a `---` line) is not read, at its line', () => {
    const yaml = parseYaml('manifest.yml', 'modules:\n  function:\n    - key: main\n---\napp:\n  id: x\n');
    assert.deepEqual(yaml.diagnostics.map((d) => [d.code, d.severity, d.line, d.message]), [
      ['yaml-syntax', 'error', 4, 'YAML syntax error: manifest.yml holds more than one document (a `---` line); only the first is read.'],
    ]);
    assert.deepEqual(parseYaml('manifest.yml', '---\napp:\n  id: x\n').diagnostics, [], 'a `---` that starts the only document is fine');
  });
  it('warns of an empty second document (a `---` line at the end, comments after it), which leaves nothing unread', () => {
    for (const end of ['---\n', '---\n# the end\n\n', '--- # x\n...\n']) {
      const yaml = parseYaml('manifest.yml', `app:\n  id: x\n${end}`);
      assert.deepEqual(yaml.diagnostics.map((d) => [d.code, d.severity, d.line, d.message]), [
        ['yaml-syntax', 'warning', 3, 'YAML syntax warning: manifest.yml ends in an empty second document (a `---` line with nothing after it); the line can go.'],
      ], end);
      assert.deepEqual(yaml.value, { app: { id: 'x' } });
    }
    assert.equal(parseYaml('manifest.yml', 'app:\n  id: x\n---\n# a comment\nb: 1\n').diagnostics[0]?.severity, 'error', 'a second document with something in it');
  });
  it('checks a manifest against the schema when its second document is empty', async () => {
    const yaml = parseYaml('manifest.yml', 'app:\n  id: 5\n---\n');
    const issue = { severity: 'error' as const, pointer: '/app/id', path: ['app', 'id'], message: 'app.id: must be text' };
    const found = await manifestSchemaDiagnostics({ yaml, document: yaml.value, unresolved: new Set() }, () => Promise.resolve([issue]));
    assert.deepEqual(found.map((d) => [d.code, d.line]), [['manifest-schema', 2]]);
  });
  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const yaml = parseYaml('manifest.yml', bomb);
    assert.equal(yaml.value, null);
    assert.equal(yaml.diagnostics[0]?.code, 'yaml-syntax');
  });
});
