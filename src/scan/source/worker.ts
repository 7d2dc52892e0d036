import { parentPort } from 'node:worker_threads';
import { encodeResult } from './result-codec.ts';
import { runTask, type Task } from './worker-task.ts';

// One worker of the scan's pool: receives batches of files, answers with their facts (as text, see `encodeResult`).
parentPort?.on('message', (batch: { id: number; tasks: Task[] }) => {
  parentPort!.postMessage({ id: batch.id, results: batch.tasks.map((task) => encodeResult(runTask(task))) });
});
