import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import { literalFields } from '../kinds.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { Scope } from '../scope.ts';
import { importedMark } from '../string-marks.ts';
import type { Ref } from '../ref.ts';
import { isAppCode } from '../../app-code.ts';
import { heldClient } from './param-clients.ts';

/** How `exportedConstants` names the key of a queue a module exports (`export const jobs = new Queue({ key: 'jobs' })` as `jobs@queue`). */
export const QUEUE_SUFFIX = '@queue';
/** How a caller's argument that is a Forge queue (`new Worker(new Queue({ key: 'jobs' }))`) is written among the clients it hands on. */
export const QUEUE_CLIENT = 'queue:';

/**
 * Events pushed to a Forge queue (`new Queue({ key: 'jobs' }).push(events)` of `@forge/events`): the
 * function that pushes hands work to the queue's consumer, so what the consumer does follows from it.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
export function detectQueuePush(site: CallSite, ctx: FileContext): void {
  const steps = site.ref.steps;
  if (steps[steps.length - 1]?.name !== 'push') return;
  const key = site.module === '@forge/events' ? madeKey(ctx, steps) : site.module !== null && site.ref.imported ? importedKey(ctx, site) : fieldKey(ctx, site.node.callee);
  if (!key) {
    handedQueue(site, ctx);
    return;
  }
  // Pushed from a function of the app, it reaches what the consumer does; from a resolver's callback (`resolver.define('x', async (req) => ...)`) too, through the resolver.
  if (ctx.fn) (ctx.fn.queues ??= []).push(key);
  (ctx.facts.queuePushes ??= []).push({ key, ...pushed(site, ctx), evidence: ctx.evidence(site.node) });
}

/** What the events carry (`push({ body })`, `push([{ body }, ...])`): what the queue's consumer receives. */
function pushed(site: CallSite, ctx: FileContext): { flows: string[]; fields?: Record<string, string[]> } {
  const flows = new Set<string>();
  for (const arg of site.node.arguments) for (const k of ctx.scope.kinds(arg)) flows.add(k);
  const fields = bodyFields(ctx, site.node.arguments[0]);
  return { flows: [...flows], ...(fields ? { fields } : {}) };
}

/**
 * `this.queue.push(events)` with `this.queue` set from the constructor's parameter, or `queue.push(events)` on a parameter: a push to
 * the queue callers hand in (`new Summariser(new Queue({ key: 'jobs' }))`), kept aside until the scan knows which (see `givenQueue`).
 */
function handedQueue(site: CallSite, ctx: FileContext): void {
  if (site.ref.root !== 'unknown' || site.ref.steps.length > 2 || !appCode(ctx.facts.file)) return;
  const held = heldClient(ctx.scope, unwrap(site.node.callee), site.ref);
  // `queue.push(...)`, or `options.queue.push(...)` on the field of an options parameter (`schedule({ queue })`).
  if (held === null || held.names > 2) return;
  (ctx.facts.paramClientCalls ??= []).push({
    param: held.param, api: site.ref.steps.slice(-held.names).map((s) => s.name), side: ctx.facts.side, carries: ctx.kindsOf(site.node.arguments), evidence: ctx.evidence(site.node),
    queue: { ...pushed(site, ctx), fn: ctx.fn?.name ?? null },
  });
}

let lastFile = '';
let lastAppCode = false;
/** `isAppCode` of the file the walk is in, once per file rather than once per `push`. */
function appCode(file: string): boolean {
  if (file !== lastFile) [lastFile, lastAppCode] = [file, isAppCode(file)];
  return lastAppCode;
}

/** A Forge queue an argument holds (`new Queue({ key: 'jobs' })`, or a name given one), as `QUEUE_CLIENT` and its key; null for anything else. */
export function givenQueue(scope: Scope, ref: Ref): string | null {
  const last = ref.steps[ref.steps.length - 1];
  const key = ref.root === 'import' && ref.module === '@forge/events' && last?.name === 'new' && last.call ? queueKeyOf(scope, last.call) : null;
  return key === null ? null : `${QUEUE_CLIENT}${key}`;
}

/** The key of the queue made where it is pushed to (`new Queue({ key })`); imported parts (`key: REPORT_QUEUE`) are filled in by the scan. */
function madeKey(ctx: FileContext, steps: CallSite['ref']['steps']): string | null {
  const made = steps.find((s) => s.name === 'new' && steps[steps.indexOf(s) - 1]?.name === 'Queue')?.call;
  return made ? ctx.scope.str(objectProperty(ctx.scope.object(made.arguments[0]), 'key')) : null;
}

/**
 * A queue another module of the app makes and exports (`import { jobs } from './queues'; jobs.push(...)`), or a field of an object
 * it exports (`queues.jobs.push(...)` of `export const queues = { jobs: new Queue({ key }) }`): its key, filled in by the scan.
 */
function importedKey(ctx: FileContext, site: CallSite): string | null {
  const names = site.ref.steps.slice(0, -1).map((s) => (s.call ? null : s.name));
  if (names.length > 2 || names.includes(null) || !ctx.scope.isAppModule(site.module!)) return null;
  const named = site.ref.imported !== 'default' && site.ref.imported !== '*';
  // A named import's name is the ref's first step.
  if (named ? names.length === 0 : names.length > 1) return null;
  const name = named ? names.join('.') : ['default', ...names].join('.');
  return importedMark(`${site.module}#${name}${QUEUE_SUFFIX}`);
}

/** `queues.jobs.push(...)` of `const queues = { jobs: new Queue({ key: 'jobs' }) }` in the module: the key of the queue the field holds. */
function fieldKey(ctx: FileContext, callee: Node): string | null {
  if (!usesQueues(ctx)) return null;
  const target = unwrap(callee).type === 'MemberExpression' ? unwrap(unwrap(callee).object) : null;
  if (target?.type !== 'MemberExpression' || unwrap(target.object).type !== 'Identifier') return null;
  const name = propertyName(target.property, target.computed);
  const value = name === null ? null : objectProperty(ctx.scope.object(unwrap(target.object)), name);
  if (!value) return null;
  const held = unwrap(value);
  const init = held.type === 'Identifier' ? ctx.scope.lookup(held.name)?.init : held;
  return init ? queueKeyOf(ctx.scope, init) : null;
}

const namesQueues = new WeakMap<FileContext['mod'], boolean>();
/** Whether the module's text names `@forge/events`, once per module rather than once per `push`. */
function usesQueues(ctx: FileContext): boolean {
  let uses = namesQueues.get(ctx.mod);
  if (uses === undefined) namesQueues.set(ctx.mod, (uses = ctx.mod.text.includes('@forge/events')));
  return uses;
}

/** The key of a queue of `@forge/events` an expression makes (`new Queue({ key: 'jobs' })`); null for anything else. */
export function queueKeyOf(scope: Scope, expr: Node): string | null {
  const node = unwrap(expr);
  if (node.type !== 'NewExpression') return null;
  const made = scope.ref(node.callee);
  if (made.root !== 'import' || made.module !== '@forge/events') return null;
  const name = made.steps.length === 0 ? made.imported : made.steps.length === 1 ? made.steps[0]!.name : null;
  return name === 'Queue' ? scope.str(objectProperty(scope.object(node.arguments[0]), 'key')) : null;
}

/** What each field of the event's body carries (`push({ body: { query, accountId } })`, or the payload itself of `push({ query })`): the consumer reads them one by one. */
function bodyFields(ctx: FileContext, arg: Node | undefined): Record<string, string[]> | null {
  if (!arg) return null;
  const event = ctx.scope.object(arg);
  const body = event ? objectProperty(event, 'body') : null;
  return literalFields(ctx.scope, body ? unwrap(body) : arg, true);
}
