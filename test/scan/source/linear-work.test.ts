import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, it } from 'node:test';
import { CallGraph } from '../../../src/scan/link.ts';
import { analyzeFile } from '../../../src/scan/source/analyze-file.ts';
import { parseModule } from '../../../src/scan/source/module.ts';
import { Scope } from '../../../src/scan/source/scope.ts';
import { collectExports } from '../../../src/scan/source/exports.ts';
import { unreferencedFunctions } from '../../../src/scan/source/unreferenced.ts';
import { runTask } from '../../../src/scan/source/worker-task.ts';
import { WordCount } from '../../../src/scan/source/words.ts';

/** How often `method` of `proto` is called while `run` runs. */
function callsOf(proto: object, method: string, run: () => void): number {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method]!;
  let calls = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    target[method] = original;
  }
  return calls;
}

// Generated or hostile code (thousands of nested callbacks, a bundle's thousands of functions) must cost work in
// proportion to its size: each of these took minutes when one step of the scan went over everything again.
describe('work in proportion to the code, however it is shaped', () => {
  it('a name is found in one step under thousands of nested functions', () => {
    const scope = new Scope(parseModule('index.js', '').module);
    scope.bind('table', null, ['other']);
    for (let i = 0; i < 10_000; i++) scope.push();
    scope.bind('row', null, ['other']);
    const gets = callsOf(Map.prototype, 'get', () => {
      assert.ok(scope.lookup('table'));
      assert.equal(scope.lookup('fetch'), undefined);
    });
    assert.ok(gets <= 2, `${gets} map lookups`);
    scope.push();
    scope.bind('table', null, ['secret']);
    assert.deepEqual([...scope.lookup('table')!.kinds], ['secret'], 'the inner binding shadows the outer one');
    scope.pop();
    assert.deepEqual([...scope.lookup('table')!.kinds], ['other'], 'and the outer one is back when its function ends');
    scope.pop();
    assert.equal(scope.lookup('row'), undefined);
  });

  it('top-level functions nothing names are found without searching the file once per function', () => {
    const n = 2_000;
    const text = [
      ...Array.from({ length: n }, (_, i) => `function f${i}() { return f${i + 1}(); }`),
      `function f${n}() { return 1; }`,
      'function función() { return 2; }',
      'export const run = () => f1() + función();',
      '',
    ].join('\n');
    const program = parseModule('index.js', text).module.program;
    let unused: string[] = [];
    const searches = callsOf(String.prototype, 'indexOf', () => {
      unused = [...unreferencedFunctions(program, new WordCount(text), collectExports(program), 0)].map((fn) => fn.id.name);
    });
    assert.deepEqual(unused, ['f0']);
    assert.ok(searches < n, `${searches} searches`);
  });

  it('imports handed on are told without searching the file once per import', () => {
    const n = 2_000;
    const names = Array.from({ length: n }, (_, i) => `f${i}_`);
    const text = [
      `import { ${names.join(', ')} } from './lib';`,
      `export const run = (keys) => { ${names.slice(1).map((f) => `${f}();`).join(' ')} keys.forEach(f0_); };`,
      '',
    ].join('\n');
    const search = String.prototype.indexOf;
    let searches = 0;
    String.prototype.indexOf = function (this: string, ...args: Parameters<typeof search>) {
      if (this.length === text.length) searches++;
      return search.apply(this, args);
    };
    let passed: string[] | undefined;
    try {
      passed = analyzeFile({ file: 'src/index.js', text, side: 'backend' }).passedImports;
    } finally {
      String.prototype.indexOf = search;
    }
    assert.deepEqual(passed, ['f0_']);
    assert.ok(searches < n, `${searches} searches of the whole file`);
  });

  it('a file is lower-cased once for its secrets and its connection strings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-lower-'));
    const text = "const password = process.env.DB_PASSWORD;\nexport const url = `mongodb+srv://app:${password}@cluster0.ab1cd.mongodb.net/notes`;\n";
    fs.writeFileSync(path.join(dir, 'db.js'), text);
    const lower = String.prototype.toLowerCase;
    let lowered = 0;
    String.prototype.toLowerCase = function (this: string) {
      if (this.length === text.length) lowered++;
      return lower.call(this);
    };
    let result;
    try {
      result = runTask({ path: 'src/db.js', abs: path.join(dir, 'db.js'), size: text.length, kind: 'source', side: 'backend' });
    } finally {
      String.prototype.toLowerCase = lower;
      fs.rmSync(dir, { recursive: true });
    }
    assert.equal(result.kind, 'source');
    assert.deepEqual(result.facts.connectionHosts?.map((c) => c.host), ['cluster0.ab1cd.mongodb.net']);
    assert.equal(lowered, 1);
  });

  it('the functions of a file keep fast properties for the cross-file work', () => {
    v8.setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
    const text = [
      "import { WebClient } from '@slack/web-api';",
      'export function total(items) { if (!items) return 0; return items.length; }',
      'export function slack(token) { return new WebClient(token); }',
      '',
    ].join('\n');
    const { functions } = analyzeFile({ file: 'src/index.js', text, side: 'backend' });
    assert.deepEqual(functions.map((f) => [f.name, f.made]), [['total', undefined], ['slack', 'sdk:["@slack/web-api",["WebClient"]]']]);
    assert.ok(!('made' in functions[0]!));
    assert.deepEqual(functions.filter((f) => !hasFastProperties(f)).map((f) => f.name), []);
  });

  it('a call is linked to the function of its name without going through the file\'s functions again', () => {
    const n = 2_000;
    const text = Array.from({ length: n }, (_, i) => `export function f${i}() { return ${i}; }`).join('\n');
    const file = analyzeFile({ file: 'src/index.js', text, side: 'backend' });
    const graph = new CallGraph([file]);
    const finds = callsOf(Array.prototype, 'find', () => {
      for (let i = 0; i < n; i++) {
        assert.equal(graph.target(file, `#f${i}`)?.fn.name, `f${i}`);
        assert.equal(graph.exported('src/index.js', `f${i}`)?.fn.name, `f${i}`);
      }
    });
    assert.ok(finds < n, `${finds} searches`);
  });
});
