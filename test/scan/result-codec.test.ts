import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listFiles } from '../../src/app/files.ts';
import { decodeResult, encodeResult } from '../../src/scan/source/result-codec.ts';
import { runTasks } from '../../src/scan/source/pool.ts';
import type { Task } from '../../src/scan/source/worker-task.ts';

const repo = path.resolve(import.meta.dirname, '../..');

function sourceTasks(): Task[] {
  const dirs = [path.join(repo, 'examples'), path.join(repo, 'test/fixtures')];
  return dirs.flatMap((dir) => listFiles(dir).files.filter((f) => f.source && fs.statSync(f.abs).size < 200_000))
    .map((f) => ({ path: f.path, abs: f.abs, size: f.size, kind: 'source', side: 'backend' }));
}

/** Objects reachable more than once from a value. */
function shared(value: unknown): Set<object> {
  const seen = new Set<object>();
  const twice = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (seen.has(v)) {
      twice.add(v);
      return;
    }
    seen.add(v);
    for (const child of v instanceof Map ? [...v.entries()] : Object.values(v)) visit(child);
  };
  visit(value);
  return twice;
}

describe('a file analysis as text', () => {
  it('comes back the same, for every source file of the examples and fixtures', async () => {
    const tasks = sourceTasks();
    assert.ok(tasks.length > 100, `${tasks.length} files`);
    let bodies = 0;
    for (const result of await runTasks(tasks, undefined, { parallelFromBytes: Number.POSITIVE_INFINITY })) {
      const back = decodeResult(encodeResult(result));
      assert.deepEqual(back, result);
      if (result.kind !== 'source' || back.kind !== 'source') continue;
      // A REST call with a body is held twice, and the text keeps it one object. Evidence is held twice too
      // (`sqlClientOps`), but it is only ever compared by value. Anything else would come back as two objects.
      const twice = [...shared(result.facts)].filter((o) => !result.facts.restCalls.includes(o as never) && !('line' in o && 'column' in o && 'excerpt' in o));
      assert.deepEqual(twice, [], `${result.facts.file} shares objects the codec does not know of`);
      for (const body of back.facts.restBodies) assert.ok(back.facts.restCalls.includes(body.call), result.facts.file);
      bodies += back.facts.restBodies.length;
    }
    assert.ok(bodies > 5, `${bodies} REST bodies`);
  });
});
