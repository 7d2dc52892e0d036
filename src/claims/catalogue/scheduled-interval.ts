import { cadenceOf, INTERVALS, ONE_WEEKDAY } from '../cadence.ts';
import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

type Params = { interval: string };

/** What runs on a schedule: a job, a sync, a refresh; not a review, a scan or a backup, which are the vendor's practice. */
const JOB = String.raw`(?:scheduled\s+(?:jobs?|tasks?|triggers?|functions?)|(?:background|cron|sync)\s+jobs?|jobs?|syncs?|synced|synchroni[sz](?:es?|ed|ation)|refresh(?:es|ed)?|re-?index(?:es|ed)?|polls?|polled)`;
const CADENCE = String.raw`(?:every\s+(?:5|five)\s+minutes|hourly|daily|nightly|weekly|(?:once\s+an?|every|each)\s+(?:hour|day|night|week)|every\s+24\s+hours|every\s+(?:7|seven)\s+days|${ONE_WEEKDAY})`;

/**
 * A denial, a deletion by age (retention-period), a backup, a report to Atlassian (personal-data-reporting), a plan, or
 * what a customer may set up ("You can schedule a daily sync") says nothing more of the jobs the app runs.
 */
/** A reason after the sentence's own clause: ", since no user is present", ", because ...". */
const REASON_AFTER = /,\s+(?:since|because)\s+[^,;.!?]*/gi;
const NOT_A_SCHEDULE = new RegExp(String.raw`${NOT}|\b(?:delet|purg|remov|eras|expir|clean|back(?:ups?|ed)?\s*up|backups?)|\breport(?:s|ed|ing)?\b.{0,60}\baccount\s+IDs?\b|\bpersonal\s+data\s+report|\b(?:plan(?:ning|s)?\s+to|will|can|could|may|might|optional(?:ly)?|configur|choose|choice|set\s+up)\b`, 'i');

/**
 * A sentence whose subject is the vendor's people or practice (a review, a scan, monitoring, an alert, on-call engineers, a CI
 * pipeline, dependencies) or a credential's lifetime ("Access tokens are refreshed hourly") names no job of the app.
 */
const NOT_THE_APPS_JOB = /\b(?:review\w*|scan\w*|audit\w*|monitor\w*|alert\w*|on-?call|engineers?|staff|employees?|CI|pipelines?|dependenc\w*|tokens?|credentials?|secrets?|passwords?|certificates?|rotat\w*|errors?|failures?|failed)\b/i;

export default defineClaim<Params>({
  id: 'scheduled-interval',
  title: 'Job runs on a schedule',
  description:
    "A job of the app runs at the interval the statement names (\"A scheduled job syncs every hour\", \"We refresh the cache daily\"): a Forge `scheduledTrigger` with that `interval` (`fiveMinute`, `hour`, `day`, `week`), a job a server of the app's own runs on a cron expression at it (node-cron, node-schedule, cron, croner), or a route its host calls on one (vercel.json's `crons`). A trigger that reaches the Personal Data Reporting call is left out: it is there for the report. Contradicted when the app's other scheduled triggers and jobs all run at other intervals; unverified when it has none, or one whose interval Candor cannot read.",
  decidedBy: 'code',
  phrasings: [
    phrase`\b${JOB}\b${gap(60)}\b${CADENCE}\b`,
    phrase`\b${CADENCE},?\s+(?:[\w-]+\s+){0,2}?${JOB}\b`,
  ],
  params: (text) => {
    const sentence = firstLine(text);
    // "Nightly syncs call Jira as the app, since no user is present at 02:00": a reason after the schedule denies nothing of it.
    const own = sentence.replace(REASON_AFTER, '');
    if (NOT_A_SCHEDULE.test(own) || NOT_THE_APPS_JOB.test(sentence)) return null;
    const interval = INTERVALS[cadenceOf(sentence) ?? ''];
    return interval ? { interval } : null;
  },
  examples: ['A scheduled job runs every hour to sync your worklogs.', 'We refresh the cache daily.'],
  messages: {
    verified: 'A scheduled trigger or job runs every {{interval}} ({{where}}).',
    none: 'The app declares no scheduled trigger and runs no job on a cron expression Candor reads.',
    reportingOnly: "The app's only scheduled triggers ({{where}}) report personal data to Atlassian, which says nothing of how often the job the statement names runs.",
    unknown: 'The app\'s scheduled jobs ({{where}}) run at intervals Candor cannot read.',
    contradicted: 'The app\'s scheduled triggers and jobs run every {{actual}}, not every {{interval}} ({{where}}).',
  },
  verify({ interval }, { facts }) {
    const all = facts.triggers.filter((t) => t.kind === 'scheduled');
    // A trigger that reaches the Personal Data Reporting call is there for the report (personal-data-reporting), not the job named.
    const reporting = new Set(facts.personalData.reporting.triggers.map((t) => `${t.evidence.file}:${t.evidence.line}`));
    const scheduled = all.filter((t) => !reporting.has(`${t.evidence.file}:${t.evidence.line}`));
    if (scheduled.length === 0) {
      const evidence = all.map((t) => t.evidence);
      return evidence.length > 0 ? outcome('unverified', 'reportingOnly', evidence, { where: places(evidence) }) : outcome('unverified', 'none');
    }
    const matching = scheduled.filter((t) => t.interval === interval);
    if (matching.length > 0) return outcome('verified', 'verified', matching.map((t) => t.evidence), { interval, where: places(matching.map((t) => t.evidence)) });
    const evidence = scheduled.map((t) => t.evidence);
    if (scheduled.some((t) => t.interval === null)) return outcome('unverified', 'unknown', evidence, { where: places(evidence) });
    const actual = [...new Set(scheduled.map((t) => t.interval))].join(', ');
    return outcome('contradicted', 'contradicted', evidence, { interval, actual, where: places(evidence) });
  },
});
