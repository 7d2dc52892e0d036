import { objectProperty } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';

/**
 * Events pushed to a Forge queue (`new Queue({ key: 'jobs' }).push(events)` of `@forge/events`): the
 * function that pushes hands work to the queue's consumer, so what the consumer does follows from it.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
export function detectQueuePush(site: CallSite, ctx: FileContext): void {
  if (site.module !== '@forge/events') return;
  const steps = site.ref.steps;
  if (steps[steps.length - 1]?.name !== 'push') return;
  const made = steps.find((s) => s.name === 'new' && steps[steps.indexOf(s) - 1]?.name === 'Queue')?.call;
  // Imported parts (`key: REPORT_QUEUE`) are filled in by the scan.
  const key = made ? ctx.scope.str(objectProperty(ctx.scope.object(made.arguments[0]), 'key')) : null;
  if (!key) return;
  // Pushed from a function of the app, it reaches what the consumer does; from a resolver's callback (`resolver.define('x', async (req) => …)`) too, through the resolver.
  if (ctx.fn) (ctx.fn.queues ??= []).push(key);
  // What the events carry (`push({ body })`, `push([{ body }, …])`) is what the queue's consumer receives.
  const flows = new Set<string>();
  for (const arg of site.node.arguments) for (const k of ctx.scope.kinds(arg)) flows.add(k);
  (ctx.facts.queuePushes ??= []).push({ key, flows: [...flows] });
}
