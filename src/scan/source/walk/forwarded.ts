import { isFunction, unwrap, type Node } from '../ast.ts';
import { calleeName } from '../call-args.ts';
import type { Flow, Shape } from '../flow.ts';
import { CONTEXT_KINDS, fieldKinds, shapeOf } from '../forge-shapes.ts';
import { constantName } from '../string-marks.ts';
import { forgeRequest, requestKinds, withShapes } from './callbacks.ts';
import type { Walk } from './state.ts';

// A function of the module that registers resolver functions for its callers (`const define = (name, handler) =>
// resolver.define(name, async (req) => { ...checks...; return handler(req); })`): the handler its callers give
// (`define('save', async ({ payload, context }) => ...)`) receives what the wrapper hands it of the request.

/** `resolver.define(name, ...)` in a function of the module whose parameter `name` is: that parameter's position, by the function. */
export function definesByParam(w: Walk, call: Node): void {
  const fn = w.ctx.fn;
  const arg = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  const param = fn && arg?.type === 'Identifier' ? w.scope.lookup(arg.name)?.param : undefined;
  if (param?.startsWith(`${fn!.name}:`)) w.definers.set(`#${fn!.name}`, { name: Number(param.slice(fn!.name.length + 1)) });
}

/** `handler(req)`, `fn(req.payload, req.context)` in such a function, `handler` its parameter: what it hands on, by position. */
export function forwardsRequest(w: Walk, call: Node): void {
  const fn = w.ctx.fn!;
  const definer = w.definers.get(`#${fn.name}`);
  const callee = unwrap(call.callee);
  const param = definer && !definer.args && callee.type === 'Identifier' ? w.scope.lookup(callee.name)?.param : undefined;
  if (!definer || !param?.startsWith(`${fn.name}:`) || param.includes('.')) return;
  const args = (call.arguments as Node[]).map((a) => ({ kinds: [...w.scope.kinds(a)], shape: shapeOf(w.scope, a) }));
  if (args.some((a) => a.shape !== null || a.kinds.includes('resolver-payload'))) Object.assign(definer, { handler: Number(param.slice(fn.name.length + 1)), args });
}

/**
 * `define('save', async ({ payload, context }) => ...)` of such a function: the handler's parameters hold what the wrapper hands
 * on, the request of resolver function `save`; a function handed by name (`define('save', saveNote)`) answers `save` as if
 * `resolver.define` were given it.
 */
export function handToForwarded(w: Walk, call: Node, callee: string): void {
  const definer = w.definers.get(callee);
  const arg = definer?.args ? call.arguments[definer.handler!] : undefined;
  if (!arg) return;
  const handler = unwrap(arg);
  const name = constantName(w.scope.str(call.arguments[definer!.name]));
  const args = definer!.args!;
  if (args.length === 1 && isRequest(args[0]!.shape)) {
    if (isFunction(handler)) w.optionCallbacks.set(handler, forgeRequest(name));
    const ref = calleeName(handler);
    if (ref) w.ctx.facts.handlerRefs.push(ref);
    if (ref && name !== null) w.ctx.facts.resolverRefs.push({ ref, name });
    return;
  }
  if (!isFunction(handler)) return;
  const shapes = args.map(({ shape }) => (isRequest(shape) ? (name === null ? 'request' : `request:${name}` as const) : shape));
  w.optionCallbacks.set(handler, withShapes(args.map(({ kinds, shape }) => handed(kinds, shape, name)), shapes));
}

function isRequest(shape: Shape | null): boolean {
  return shape === 'request' || (shape?.startsWith('request:') ?? false);
}

/** What one parameter receives: the request or its context of resolver function `name`, or what the wrapper made of its payload. */
export function handed(kinds: Flow[], shape: Shape | null, name: string | null): Flow[] {
  if (isRequest(shape)) return requestKinds(name);
  if (shape === 'context') return name === null ? [...CONTEXT_KINDS] : [...fieldKinds(`request:${name}`, 'context')];
  return name !== null && kinds.includes('resolver-payload') && !kinds.includes('account-id') ? [...kinds, `invoke:${name}`] : kinds;
}
