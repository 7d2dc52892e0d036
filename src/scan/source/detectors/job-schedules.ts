import data from '../../../data/job-schedulers.json' with { type: 'json' };
import { isFunction, pushChildren, unwrap, type Node } from '../ast.ts';
import { calleeName } from '../call-args.ts';
import type { CallSite, FileContext } from '../context.ts';

const CALLS = new Map(data.schedulers.map((s) => [s.module, new Set(s.calls)]));

/**
 * A job a server of the app's own runs on a cron expression (`cron.schedule('0 4 * * 1', () => report())` of
 * node-cron): how often, and the functions of the file the job calls, for the scan to tell what it reaches.
 */
export function detectJobSchedule(site: CallSite, ctx: FileContext): void {
  const calls = site.module === null ? undefined : CALLS.get(site.module);
  if (!calls) return;
  const steps = site.ref.steps;
  const name = steps.length > 0 ? steps[steps.length - 1]!.name : site.ref.imported;
  if (!name || !calls.has(name)) return;
  const args = site.node.arguments as Node[];
  const at = args.findIndex((a) => isFunction(unwrap(a)) || unwrap(a).type === 'Identifier' && ctx.scope.localFunction(a) !== null);
  if (at < 1) return;
  const expression = ctx.scope.str(args[at - 1]);
  (ctx.facts.jobSchedules ??= []).push({ interval: expression === null ? null : cronInterval(expression), calls: calledIn(unwrap(args[at]!)), evidence: ctx.evidence(site.node) });
}

/** The names the job calls: the function handed itself, or those an inline job calls (`() => report().catch(log)`). */
function calledIn(job: Node): string[] {
  if (!isFunction(job)) return job.type === 'Identifier' ? [job.name as string] : [];
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
