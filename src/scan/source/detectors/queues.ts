import { objectProperty, unwrap, type Node } from '../ast.ts';
import { literalFields } from '../kinds.ts';
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
  const fields = bodyFields(ctx, site.node.arguments[0]);
  (ctx.facts.queuePushes ??= []).push({ key, flows: [...flows], ...(fields ? { fields } : {}) });
}

/** What each field of the event's body carries (`push({ body: { query, accountId } })`, or the payload itself of `push({ query })`): the consumer reads them one by one. */
function bodyFields(ctx: FileContext, arg: Node | undefined): Record<string, string[]> | null {
  if (!arg) return null;
  const event = ctx.scope.object(arg);
  const body = event ? objectProperty(event, 'body') : null;
  return literalFields(ctx.scope, body ? unwrap(body) : arg, true);
}
