import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { listFiles } from '../../src/app/files.ts';
import { runTasks } from '../../src/scan/source/pool.ts';
import type { Task } from '../../src/scan/source/worker-task.ts';
import { capYoungGeneration, releaseYoungGeneration, youngGenerationCapped } from '../../src/utils/young-generation.ts';

const repo = path.resolve(import.meta.dirname, '../..');

function tasksOf(dir: string): Task[] {
  return listFiles(dir).files.filter((f) => f.source).map((f) => ({ path: f.path, abs: f.abs, size: f.size, kind: 'source', side: 'backend' }));
}

describe('worker pool', () => {
  it('gives the same results, in the same order, as analysing every file on the calling thread', { skip: os.availableParallelism() < 2 && 'one core: the pool is never used' }, async () => {
    const tasks = ['campaign-operations-playbook', 'skyline', 'handoff-for-jira'].flatMap((name) => tasksOf(path.join(repo, 'examples', name)));
    assert.ok(tasks.length > 30);
    const here = await runTasks(tasks, undefined, { parallelFromBytes: Number.POSITIVE_INFINITY });
    let reported = 0;
    // Batches of a few files each, so the worker takes some of them.
    const pooled = await runTasks(tasks, (done) => { reported = done; }, { parallelFromBytes: 0, batchBytes: 8 * 1024 });
    assert.equal(reported, tasks.length);
    assert.equal(pooled.length, tasks.length);
    pooled.forEach((result, i) => {
      assert.deepEqual(result, here[i], tasks[i]!.path);
      if (result.kind === 'source') assert.ok(result.facts.constants instanceof Map, 'constants come back as a Map');
    });
  });

  it('lifts the cap on the young generation before the thread for deeply nested files starts: capped, its every collection walks a stack thousands of frames deep', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-deep-'));
    try {
      fs.writeFileSync(path.join(dir, 'deep.js'), `${'f(() => '.repeat(5_000)}x()${')'.repeat(5_000)};\n`);
      capYoungGeneration(0);
      assert.ok(youngGenerationCapped());
      const [result] = await runTasks(tasksOf(dir));
      assert.equal(result?.kind, 'source');
      assert.equal(youngGenerationCapped(), false);
    } finally {
      releaseYoungGeneration();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
