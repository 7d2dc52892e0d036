import data from '../data/job-schedulers.json' with { type: 'json' };
import { parseYaml } from '../app/yaml-locate.ts';
import { isNotAppCode } from './app-code.ts';
import type { TriggerFact } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { cronInterval } from './source/detectors/job-schedules.ts';

const HOSTED = new Map(data.hostedCrons.files.map((f) => [f.file, f]));

/**
 * The jobs a server of the app's own runs on a cron expression (`cron.schedule('0 4 * * *', job)`), and the routes its host
 * calls on one (vercel.json's `crons`), as scheduled triggers: a job keyed by its file (and its place among the file's jobs
 * after the first), so one that moves within its file is the same trigger to a release's diff; a host's cron by its route.
 */
export function jobTriggers<F extends { path: string }>(files: readonly FileFacts[], entries: readonly F[], read: (file: F) => string | null): TriggerFact[] {
  const jobs = files.flatMap((f) => (f.jobSchedules ?? []).map((job, i): TriggerFact => ({
    kind: 'scheduled', key: i === 0 ? f.file : `${f.file}#${i + 1}`, function: null, events: [], interval: job.interval, response: null, evidence: job.evidence,
  })));
  for (const entry of entries) {
    const spec = HOSTED.get(entry.path.slice(entry.path.lastIndexOf('/') + 1));
    if (!spec || isNotAppCode(entry.path)) continue;
    const text = read(entry);
    if (text === null || !text.includes(`"${spec.list}"`)) continue;
    const yaml = parseYaml(entry.path, text);
    const list = (yaml.value as Record<string, unknown> | null)?.[spec.list];
    for (const [i, job] of (Array.isArray(list) ? list : []).entries()) {
      const expression = (job as Record<string, unknown> | null)?.[spec.expression];
      const route = (job as Record<string, unknown> | null)?.[spec.route];
      if (typeof expression !== 'string') continue;
      jobs.push({ kind: 'scheduled', key: typeof route === 'string' ? route : `${entry.path}#${i + 1}`, function: null, events: [], interval: cronInterval(expression), response: null, evidence: yaml.evidence([spec.list, i, spec.expression]) });
    }
  }
  return jobs;
}
