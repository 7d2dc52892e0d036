import { kvs } from '@forge/kvs';

// App state only: progress counts of a clone job and where the last clone run of a template
// went. No page content, titles or user identifiers are stored.
//   job:<jobId>                     { templateId, total, created, failed, status, startedAt, finishedAt }
//   template:<templateId>:last-run  { spaceKey, parentId, count, finishedAt }

const jobKey = (jobId) => `job:${jobId}`;
const lastRunKey = (templateId) => `template:${templateId}:last-run`;

export async function createJob(templateId, total) {
  const job = { id: crypto.randomUUID(), templateId, total, created: 0, failed: 0, status: 'running', startedAt: Date.now() };
  await kvs.set(jobKey(job.id), job);
  return job;
}

export async function getJob(jobId) {
  return kvs.get(jobKey(jobId));
}

export async function recordProgress(job, created, failed) {
  const next = { ...job, created: job.created + created, failed: job.failed + failed };
  if (next.created + next.failed >= next.total) {
    next.status = next.failed > 0 ? 'finished-with-errors' : 'finished';
    next.finishedAt = Date.now();
  }
  await kvs.set(jobKey(job.id), next);
  return next;
}

export async function getLastRun(templateId) {
  return kvs.get(lastRunKey(templateId));
}

export async function saveLastRun(templateId, { spaceKey, parentId, count }) {
  await kvs.set(lastRunKey(templateId), { spaceKey, parentId, count, finishedAt: Date.now() });
}
