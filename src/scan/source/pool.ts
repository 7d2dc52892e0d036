import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { runTask, type Task, type TaskResult } from './worker-task.ts';

/** Below this much source, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD_BYTES = 1_500_000;
const BATCH_BYTES = 256 * 1024;

/**
 * Runs the tasks on all cores for large apps, in-process for small ones. Results keep the order of
 * the tasks so the facts are the same however the work was split.
 */
export async function runTasks(tasks: Task[], onProgress?: (done: number, total: number) => void): Promise<TaskResult[]> {
  const total = tasks.length;
  const bytes = tasks.reduce((sum, t) => sum + t.size, 0);
  const cores = Math.max(1, os.availableParallelism());
  if (bytes < PARALLEL_THRESHOLD_BYTES || cores === 1) {
    const results: TaskResult[] = [];
    for (const task of tasks) {
      results.push(runTask(task));
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
    if (size >= BATCH_BYTES) {
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
  const workerCount = Math.min(cores, batches.length);
  await Promise.all(Array.from({ length: workerCount }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url));
    const feed = (): void => {
      const batch = batches[next++];
      if (!batch) {
        void worker.terminate().then(() => resolve());
        return;
      }
      worker.postMessage({ id: batch.id, tasks: batch.tasks });
    };
    worker.on('message', (msg: { id: number; results: TaskResult[] }) => {
      const batch = batches[msg.id]!;
      msg.results.forEach((r, i) => { results[batch.start + i] = r; });
      done += msg.results.length;
      onProgress?.(done, total);
      feed();
    });
    worker.on('error', reject);
    feed();
  })));
  return results;
}
