import data from '../../data/route-responses.json' with { type: 'json' };
import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { calledMethod } from './call-args.ts';
import type { FileContext } from './context.ts';
import { isParam } from './echoed-request.ts';
import { recordAnswer } from './front-end-answers.ts';
import { isServerInstance } from './registrars.ts';
import type { Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import { hasMarks, HOLE } from './string-marks.ts';

const RECEIVERS = new Set(data.receivers);
const METHODS = new Set(data.methods);
const CHAIN = new Set(data.chain);
const CONTEXT_MODULES = new Set(data.contextModules);
const CONTEXTS = new Set(data.contexts);
const CONTEXT_METHODS = new Set(data.contextMethods);
const FACTORIES = data.factories as Record<string, string[]>;
const FACTORY_METHODS = new Set(data.factoryMethods);
const RENDER_METHODS = new Set(data.renderMethods);
const RETURN_MODULES = new Set(data.returnModules);
const RETURN_METHODS = new Set(data.returnMethods);
const RETURN_RECEIVERS = new Set(data.returnReceivers);
/** The async route handlers whose return is their answer (see `answersByReturn`), by the label of their route. */
const returning = new WeakMap<Node, string>();

/** The methods a route's answer is given to, so the walk's other calls cost a set lookup. */
export const ANSWER_METHODS = new Set([...METHODS, ...CONTEXT_METHODS, ...FACTORY_METHODS, ...RENDER_METHODS]);

/**
 * A server's route answering the browser (see `route-responses.json`): `res.status(200).json(body)`, `reply.send(body)`,
 * Hono's `c.json(body)`, `NextResponse.json(body)`, Express's `res.render(view, locals)`. Its body is kept as the route's answer when it may hold a secret.
 */
export function routeAnswer(ctx: FileContext, node: Node, method: string, ref: Ref, label: string | null): void {
  // `res.render('settings', { apiKey })`: the view's locals go into the page it renders.
  const render = RENDER_METHODS.has(method);
  const body = node.arguments[render ? 1 : 0];
  if (!body || ctx.facts.side !== 'backend') return;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return;
  const answers = render ? isParam(ctx.scope, responseOf(callee.object), RECEIVERS) : (FACTORY_METHODS.has(method) && isFactory(ref)
    || (METHODS.has(method) && isParam(ctx.scope, responseOf(callee.object), RECEIVERS))
    || (CONTEXT_METHODS.has(method) && usesContext(ctx) && isParam(ctx.scope, unwrap(callee.object), CONTEXTS)));
  if (!answers) return;
  if (render) renderedLocals(ctx, label ?? ctx.fn?.name ?? 'route', node, body);
  else recordAnswer(ctx, label ?? ctx.fn?.name ?? 'route', body, false, 'route');
}

/**
 * The locals of `res.render('config', { title, settings })`, each by its path (`settings`, and `settings.repo` of an object
 * written there), for the scan to keep those the view's template prints (see `rendered-locals.ts`). A view not named by a
 * constant cannot be read: nothing of it is kept, a miss rather than a false alarm. The layout the locals name
 * (express-handlebars's and express-hbs's `layout: 'admin'`) prints them too; `layout: false` turns the engine's own off.
 */
function renderedLocals(ctx: FileContext, name: string, call: Node, body: Node): void {
  const view = ctx.scope.str(call.arguments[0]!);
  if (view === null || view === '' || hasMarks(view)) return;
  const layout = layoutOf(ctx.scope, body);
  const add = (value: Node, local: string, depth: number): void => {
    const object = depth < 2 ? objectOf(ctx.scope, value) : null;
    if (!object) {
      recordAnswer(ctx, name, value, false, 'route', { view, local, at: body, ...(layout !== null ? { layout } : {}) });
      return;
    }
    for (const p of object.properties as Node[]) {
      const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
      // `{ ...settings }`, `{ [name]: value }`: any of the locals.
      if (key === null) add(p.type === 'SpreadElement' ? p.argument : p.value, local, 2);
      else add(p.value, local ? `${local}.${key}` : key, depth + 1);
    }
  };
  add(body, '', 0);
}

/**
 * `app.get('/config', async (request, reply) => ({ apiKey }))` of Fastify, also `app.route({ method, url, handler })`: an async
 * handler written there answers with what it returns (see `returnedAnswer`).
 */
export function answersByReturn(ctx: FileContext, call: Node, handler: Node | null, label: string | null): void {
  if (ctx.facts.side !== 'backend' || !RETURN_METHODS.has(calledMethod(call))) return;
  const receiver = unwrap(unwrap(call.callee).object);
  if (!(receiver.type === 'Identifier' && RETURN_RECEIVERS.has(receiver.name)) && !ctx.mod.specifiers.some((s) => RETURN_MODULES.has(s.module)) && !isServerInstance(ctx.scope, receiver)) return;
  const fn = handler ? unwrap(handler) : null;
  if (fn && isFunction(fn) && fn.async) returning.set(fn, label ?? 'route');
}

/** A `return` of a route handler that answers with it (see `answersByReturn`): its value is the route's answer. */
export function returnedAnswer(ctx: FileContext, fn: Node, value: Node): void {
  const label = returning.get(fn);
  // `return reply.code(200).send(body)` hands back the reply, whose `send` already answered.
  const node = label === undefined ? null : unwrap(value);
  if (node && !(node.type === 'CallExpression' && METHODS.has(calledMethod(node)))) recordAnswer(ctx, label!, node, false, 'route');
}

/** Koa's `ctx.body = body` in a module importing Koa or its router. */
export function routeBody(ctx: FileContext, target: Node, value: Node, label: string | null): void {
  if (ctx.facts.side === 'backend' && usesContext(ctx) && isParam(ctx.scope, unwrap(target), CONTEXTS)) recordAnswer(ctx, label ?? ctx.fn?.name ?? 'route', value, false, 'route');
}

/** The `layout` a render's locals name (`{ layout: 'layouts/admin', ... }`), false for `layout: false`; null for none, or one not known. */
function layoutOf(scope: Scope, locals: Node): string | false | null {
  for (const p of (objectOf(scope, locals)?.properties ?? []) as Node[]) {
    if (p.type !== 'Property' || propertyName(p.key, p.computed) !== 'layout') continue;
    const value = unwrap(p.value);
    if (value.type === 'Literal' && value.value === false) return false;
    const name = scope.str(value);
    return name && !hasMarks(name) ? name : null;
  }
  return null;
}

/** The object literal a value is, or a name is given once and not added to (`const locals = { title }`). */
function objectOf(scope: Scope, value: Node): Node | null {
  const node = unwrap(value);
  if (node.type === 'ObjectExpression') return node;
  const b = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  const init = b?.init && !b.grown && !b.param && !b.appended && !b.values?.length ? unwrap(b.init) : null;
  return init?.type === 'ObjectExpression' ? init : null;
}

/** `res` of `res.status(500).set('x', 'y')`: the response a chain of its setters starts from. */
function responseOf(expr: Node): Node {
  let node = unwrap(expr);
  while (node.type === 'CallExpression' && CHAIN.has(calledMethod(node))) node = unwrap(unwrap(node.callee).object);
  return node;
}

function usesContext(ctx: FileContext): boolean {
  return ctx.mod.specifiers.some((s) => CONTEXT_MODULES.has(s.module));
}

/** `NextResponse.json` of `import { NextResponse } from 'next/server'`, the global `Response.json`. */
function isFactory(ref: Ref): boolean {
  if (ref.root === 'import') return ref.steps.length === 2 && FACTORIES[ref.module ?? '']?.includes(ref.steps[0]!.name) === true;
  return ref.root === 'global' && ref.steps.length === 1 && FACTORIES['']!.includes(ref.name ?? '');
}

/** `GET /config` of `app.get('/config', ...)`: the method and the route's constant path, null for another. */
export function routeLabel(scope: Scope, call: Node): string | null {
  const path = call.arguments[0] ? scope.str(call.arguments[0]) : null;
  return path !== null && path.startsWith('/') && !path.includes(HOLE) ? `${calledMethod(call).toUpperCase()} ${path}` : null;
}

/** `GET /config` of `app.route({ method: 'GET', url: '/config', handler })`: the method and the options' constant path, null for another. */
export function optionsLabel(scope: Scope, call: Node): string | null {
  const options = call.arguments[0] ? scope.object(call.arguments[0]) : null;
  const field = (name: string): string | null => {
    const found = (options?.properties as Node[] | undefined)?.find((p) => p.type === 'Property' && propertyName(p.key, p.computed) === name);
    return found ? scope.str(found.value) : null;
  };
  const [method, path] = [field('method'), field('url') ?? field('path')];
  return method !== null && path !== null && path.startsWith('/') && !`${method}${path}`.includes(HOLE) ? `${method.toUpperCase()} ${path}` : null;
}
