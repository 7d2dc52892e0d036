import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { capYoungGeneration, releaseYoungGeneration } from '../../utils/young-generation.ts';
import { decodeResult } from './result-codec.ts';
import { runTask, type Task, type TaskResult } from './worker-task.ts';

/** Below this much source (about 120k lines) starting workers, each loading and warming up the analysis, costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 4_000_000;
const BATCH_BYTES = 256 * 1024;
const POOL_STACK_MB = 8;
/** The young generation the scan lets V8 grow to (see `capYoungGeneration`); `scan` lifts the cap when it is done. */
const YOUNG_GENERATION_MB = 16;
/** The stack of the thread for deeply nested files: enough for any file under the source size limit. */
const DEEP_STACK_MB = 1024;

export type Analysed = Exclude<TaskResult, { kind: 'deep' }>;

/**
 * Runs the tasks on all cores for large apps, in-process for small ones. Results keep the order of
 * the tasks so the facts are the same however the work was split.
 */
export async function runTasks(tasks: Task[], onProgress?: (done: number, total: number) => void, sizes: PoolSizes = {}): Promise<Analysed[]> {
  return analyseDeep(tasks, await runAll(tasks, onProgress, { parallelFromBytes: PARALLEL_THRESHOLD_BYTES, batchBytes: BATCH_BYTES, ...sizes }));
}

/** When the pool starts, and how much source a batch holds (tests set them low to use the pool on small apps). */
export interface PoolSizes {
  parallelFromBytes?: number;
  batchBytes?: number;
}

async function runAll(tasks: Task[], onProgress: ((done: number, total: number) => void) | undefined, { parallelFromBytes, batchBytes }: Required<PoolSizes>): Promise<TaskResult[]> {
  const total = tasks.length;
  const bytes = tasks.reduce((sum, t) => sum + t.size, 0);
  const cores = Math.max(1, os.availableParallelism());
  if (bytes < parallelFromBytes || cores === 1) {
    const results: TaskResult[] = [];
    for (const task of tasks) {
      results.push(runTask(task));
      if (results.length % 16 === 0) capYoungGeneration(YOUNG_GENERATION_MB);
      if (onProgress && results.length % 50 === 0) onProgress(results.length, total);
    }
    onProgress?.(total, total);
    return results;
  }

  const batches: Array<{ id: number; tasks: Task[]; start: number }> = [];
  let current: Task[] = [];
  let size = 0;
  let start = 0;
  tasks.forEach((task, i) => {
    current.push(task);
    size += task.size;
    if (size >= batchBytes) {
      batches.push({ id: batches.length, tasks: current, start });
      current = [];
      size = 0;
      start = i + 1;
    }
  });
  if (current.length) batches.push({ id: batches.length, tasks: current, start });

  const results: TaskResult[] = Array.from({ length: total });
  let next = 0;
  let done = 0;
  const finish = (batch: (typeof batches)[number], out: TaskResult[]): void => {
    out.forEach((r, i) => { results[batch.start + i] = r; });
    done += out.length;
    onProgress?.(done, total);
  };
  // The main thread takes batches too, beside one worker per other core.
  const workers = Array.from({ length: Math.min(cores - 1, batches.length - 1) }, () => new Promise<void>((resolve, reject) => {
    // As much stack as the main thread has, so `mayNestDeeply` holds for workers too.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: { stackSizeMb: POOL_STACK_MB } });
    // Two batches in flight, so the worker never waits while the main thread is busy with its own.
    let inFlight = 0;
    const feed = (): void => {
      const batch = batches[next++];
      if (batch) {
        inFlight++;
        worker.postMessage({ id: batch.id, tasks: batch.tasks });
      } else if (inFlight === 0) void worker.terminate().then(() => resolve());
    };
    worker.on('message', (msg: { id: number; results: string[] }) => {
      inFlight--;
      finish(batches[msg.id]!, msg.results.map(decodeResult));
      feed();
    });
    worker.on('error', reject);
    feed();
    feed();
  }));
  for (let batch = batches[next++]; batch; batch = batches[next++]) {
    finish(batch, batch.tasks.map(runTask));
    capYoungGeneration(YOUNG_GENERATION_MB);
    // Let the workers' answers in, so they are fed while this thread works.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return results;
}

/** Analyses the files that may nest too deeply for the threads above on one with a stack large enough. */
async function analyseDeep(tasks: Task[], results: TaskResult[]): Promise<Analysed[]> {
  const deep = results.flatMap((r, i) => (r.kind === 'deep' ? [i] : []));
  if (deep.length > 0) {
    // The cap is V8's, for every thread: kept, the deep thread's young generation could not grow, and each of its
    // many collections would walk its stack, thousands of frames deep (a minute for a file of nested callbacks).
    releaseYoungGeneration();
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
    try {
      const out = await new Promise<TaskResult[]>((resolve, reject) => {
        worker.once('message', (msg: { results: string[] }) => resolve(msg.results.map(decodeResult)));
        worker.once('error', reject);
        worker.postMessage({ id: 0, tasks: deep.map((i) => ({ ...tasks[i]!, deep: true })) });
      });
      deep.forEach((at, i) => { results[at] = out[i]!; });
    } finally {
      await worker.terminate();
    }
  }
  return results as Analysed[];
}
