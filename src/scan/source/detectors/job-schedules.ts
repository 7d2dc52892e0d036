import data from '../../../data/job-schedulers.json' with { type: 'json' };
import { isFunction, objectProperty, propertyName, pushChildren, unwrap, type Node } from '../ast.ts';
import { importedValue } from '../app-functions.ts';
import { calleeName } from '../call-args.ts';
import type { CallSite, FileContext } from '../context.ts';

type Options = { expression: string; job?: string };
const SCHEDULERS = new Map<string, { calls: Set<string>; options: Options | undefined }>(data.schedulers.map((s) => [s.module, { calls: new Set(s.calls), options: s.options }]));

/**
 * A job a server of the app's own runs on a cron expression (`cron.schedule('0 4 * * 1', () => report())` of
 * node-cron): how often, and the functions of the file the job calls, for the scan to tell what it reaches.
 */
export function detectJobSchedule(site: CallSite, ctx: FileContext): void {
  const scheduler = site.module === null ? undefined : SCHEDULERS.get(site.module);
  if (!scheduler) return;
  const steps = site.ref.steps;
  const name = steps.length > 0 ? steps[steps.length - 1]!.name : site.ref.imported;
  // `CronJob.from(...)`: a static method of the class, written with its class.
  const qualified = steps.length > 1 ? `${steps[steps.length - 2]!.name}.${name}` : null;
  if (!name || !scheduler.calls.has(name) && (qualified === null || !scheduler.calls.has(qualified))) return;
  const args = site.node.arguments as Node[];
  const options = scheduler.options;
  let calls: string[] | null = null;
  let job: Node | null = null;
  const at = args.findIndex((a) => (calls = jobCalls(a, ctx)) !== null);
  if (at >= 0) job = unwrap(args[at]!);
  let time: Node | null = null;
  // The expression before the job, or the field of an options object that holds it (`scheduleJob({ rule: '0 4 * * 1' }, report)`);
  // other options between them are passed over (`Cron('0 4 * * 1', { timezone }, report)`).
  for (let i = at - 1; i >= 0 && time === null; i--) {
    const arg = unwrap(args[i]!);
    time = arg.type !== 'ObjectExpression' ? arg : options ? objectProperty(arg, options.expression) : null;
  }
  // `new CronJob({ cronTime: '0 4 * * 1', onTick: report })`: both in one options object.
  if (at < 0 && options?.job) {
    const object = args.map(unwrap).find((a) => a.type === 'ObjectExpression');
    job = objectProperty(object, options.job);
    calls = job === null ? null : jobCalls(job, ctx);
    time = objectProperty(object, options.expression);
  }
  if (calls === null || at === 0) return;
  const expression = time ? ctx.scope.str(time) : null;
  const lines = isFunction(unwrap(job!)) ? { lines: [ctx.mod.lines.lineOf(job!.start), ctx.mod.lines.lineOf(job!.end)] as [number, number] } : {};
  (ctx.facts.jobSchedules ??= []).push({ interval: expression === null ? null : cronInterval(expression), calls, ...lines, evidence: ctx.evidence(site.node) });
}

/**
 * The names a job calls, or null for no job: an inline function's calls (`() => report().catch(log)`), or the function handed
 * itself, the file's own (`report`, declared at the top or in the enclosing function) or another module's (`jobs.report`).
 */
function jobCalls(arg: Node, ctx: FileContext): string[] | null {
  const job = unwrap(arg);
  if (isFunction(job)) return calledIn(job);
  if (job.type === 'Identifier') return ctx.scope.localFunction(job) !== null || ctx.scope.appFunction(job, false) !== null ? [job.name as string] : null;
  // `jobs.report` of `import * as jobs from './jobs'` or `const jobs = require('./jobs')`: as the call graph names it.
  if (job.type !== 'MemberExpression' || unwrap(job.object).type !== 'Identifier' || importedValue(ctx.scope, job) === null) return null;
  const name = propertyName(job.property, job.computed);
  return name === null ? null : [`${unwrap(job.object).name as string}.${name}`];
}

/** The names an inline job calls. */
function calledIn(job: Node): string[] {
  const names = new Set<string>();
  const stack: Node[] = [job.body];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'CallExpression') {
      const name = calleeName(node.callee);
      if (name) names.add(name);
    }
    pushChildren(stack, node);
  }
  return [...names];
}

const NICKNAMES: Record<string, string> = { '@hourly': 'hour', '@daily': 'day', '@midnight': 'day', '@weekly': 'week' };
const SINGLE = /^\d+$/;

/** The Forge interval a cron expression runs at (`fiveMinute`, `hour`, `day`, `week`), or null for any other. */
export function cronInterval(expression: string): string | null {
  const nickname = NICKNAMES[expression.trim().toLowerCase()];
  if (nickname) return nickname;
  const fields = expression.trim().split(/\s+/);
  if (fields.length === 6) fields.shift();
  if (fields.length !== 5) return null;
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  if (day !== '*' || month !== '*') return null;
  if (weekday !== '*') return SINGLE.test(minute) && SINGLE.test(hour) && /^(?:\d|[A-Za-z]{3})$/.test(weekday) ? 'week' : null;
  if (SINGLE.test(minute) && SINGLE.test(hour)) return 'day';
  if (SINGLE.test(minute) && hour === '*') return 'hour';
  return minute === '*/5' && hour === '*' ? 'fiveMinute' : null;
}
