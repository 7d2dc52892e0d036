import Resolver from '@forge/resolver';
import { assertLicensed } from './license.js';
import { addLabels, copyPage, getTemplatePage } from './confluence.js';
import { fillPlaceholders, findPlaceholders, inheritedLabels, normaliseLabel } from './template.js';
import { createJob, getJob, getLastRun, recordProgress, saveLastRun } from './jobs.js';

const MAX_CLONES_PER_JOB = 200;
const MAX_CLONES_PER_BATCH = 5; // keeps one invocation well inside the 25 s resolver limit

const resolver = new Resolver();

const templateIdOf = (context) => context.extension.content.id;

resolver.define('getTemplate', async ({ context }) => {
  assertLicensed(context);
  const templateId = templateIdOf(context);
  const [page, lastRun] = await Promise.all([getTemplatePage(templateId), getLastRun(templateId)]);
  const parent = page.ancestors?.at(-1) ?? null;
  // The body is only inspected for placeholders; it is not returned or kept.
  return {
    id: page.id,
    title: page.title,
    spaceKey: page.space.key,
    parentId: parent?.id ?? null,
    labels: inheritedLabels(page),
    placeholders: findPlaceholders(page.body.storage.value),
    lastRun,
  };
});

resolver.define('startJob', async ({ payload, context }) => {
  assertLicensed(context);
  const total = Number(payload.total);
  if (!Number.isInteger(total) || total < 1 || total > MAX_CLONES_PER_JOB) {
    throw new Error(`Choose between 1 and ${MAX_CLONES_PER_JOB} pages.`);
  }
  return createJob(templateIdOf(context), total);
});

resolver.define('cloneBatch', async ({ payload, context }) => {
  assertLicensed(context);
  const templateId = templateIdOf(context);
  const job = await getJob(payload.jobId);
  if (!job || job.templateId !== templateId) throw new Error('Unknown clone job.');
  const rows = (payload.rows ?? []).slice(0, MAX_CLONES_PER_BATCH);

  // Read the template fresh for every batch: its body lives only in this invocation's memory.
  const page = await getTemplatePage(templateId);
  const body = page.body.storage.value;
  const labels = [...new Set([...inheritedLabels(page), ...(payload.labels ?? []).map(normaliseLabel)])].filter(Boolean);
  const parentId = payload.parentId ?? page.ancestors?.at(-1)?.id ?? null;
  const otherSpace = payload.spaceKey && payload.spaceKey !== page.space.key;
  const destination = otherSpace || !parentId
    ? { type: 'space', value: payload.spaceKey || page.space.key }
    : { type: 'parent_page', value: parentId };
  const date = new Date().toISOString().slice(0, 10);

  let created = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      const clone = await copyPage(templateId, {
        destination,
        title: row.title,
        storageBody: fillPlaceholders(body, { title: row.title, index: row.index, date }),
      });
      await addLabels(clone.id, labels);
      created += 1;
    } catch {
      console.warn('A clone could not be created; continuing with the next page.');
      failed += 1;
    }
  }

  const next = await recordProgress(job, created, failed);
  if (next.status !== 'running') {
    await saveLastRun(templateId, {
      spaceKey: destination.type === 'space' ? destination.value : page.space.key,
      parentId: destination.type === 'parent_page' ? destination.value : null,
      count: next.created,
    });
    console.log(`Clone job done: ${next.created} created, ${next.failed} failed`);
  }
  return next;
});

export const handler = resolver.getDefinitions();
