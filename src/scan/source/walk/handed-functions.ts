import { isFunction, unwrap, type Node } from '../ast.ts';
import { isBuiltInMethod } from '../built-ins.ts';
import { argClients, argFields, argShapes } from '../call-args.ts';
import { LOCAL } from '../flow.ts';
import { constantName } from '../string-marks.ts';
import type { Walk } from './state.ts';

// A function of the app that calls a function it is given (`define(resolver, 'save', fn)` with `fn(req.payload, req.context)`,
// `each(items, fn)` with `fn(item)`): the function handed to it, an arrow or one of the app's by name, receives what it passes
// there, in whichever module each is (see `indexFlows`).

/** `fn(req.payload)` with `fn` a plain parameter of the module's function being walked: what it passes, by that parameter. */
export function callsParam(w: Walk, call: Node): void {
  const fn = w.ctx.fn!;
  const callee = unwrap(call.callee);
  const param = callee.type === 'Identifier' ? w.scope.lookup(callee.name)?.param : undefined;
  if (param === undefined || param.length <= fn.name.length + 1 || !param.startsWith(fn.name) || param.charCodeAt(fn.name.length) !== 58) return;
  const at = Number(param.slice(fn.name.length + 1));
  if (!Number.isInteger(at)) return;
  const args = (call.arguments as Node[]).map((a) => [...w.scope.kinds(a)]);
  // A function registering resolver functions under the name its callers give (see `forwarded.ts`): that parameter's position.
  const definer = w.definers.size > 0 ? w.definers.get(`#${fn.name}`) : undefined;
  const named = definer ? { named: definer.name } : {};
  // `withGithub((octokit) => ...)` calling `fn(octokit)`: the clients it hands the function (see `resolveClients`).
  const { clients } = argClients(w.ctx, call);
  (w.ctx.facts.paramCalls ??= []).push({ fn: fn.name, param: at, args, ...named, ...argFields(w.scope, call), ...argShapes(w.scope, call), ...(clients ? { clients } : {}) });
}

/**
 * `sender.send(data)` with `sender` a plain parameter of the module's function being walked: a call of that method of the
 * app's class its callers hand an instance of (`deliver(data, new SlackSender())`), walked as `#deliver:1>send` until
 * `resolveInjectedCalls` names it.
 */
export function callsParamMethod(w: Walk, call: Node): void {
  const callee = unwrap(call.callee);
  // `text.replace(...)`, `items.map(...)`: a method of JavaScript's own objects is no method of the app's class.
  if (callee.type !== 'MemberExpression' || callee.computed || call.arguments.length === 0 || isBuiltInMethod(callee.property.name)) return;
  const object = unwrap(callee.object);
  const param = object.type === 'Identifier' ? w.scope.lookup(object.name)?.param : undefined;
  if (param === undefined || param.includes('.') || !param.startsWith(w.ctx.fn!.name) || param.charCodeAt(w.ctx.fn!.name.length) !== 58) return;
  w.ctx.facts.argFlows.push({ callee: `#${param}${LOCAL}${callee.property.name}`, args: (call.arguments as Node[]).map((a) => [...w.scope.kinds(a)]), ...argFields(w.scope, call) });
}

/**
 * `define(resolver, 'save', async (payload, ctx) => ...)`, `registry.on('issue', onIssue)` with the callee `target` a function
 * of the app: the functions handed to it, by position. An arrow's parameters hold what the callee passes it, as a function
 * named after its offset (`param:>2@118:0`), unless the walk already knows what they receive.
 */
export function handFunctions(w: Walk, call: Node, target: string): void {
  const args = call.arguments as Node[];
  let names: Array<string | null> | undefined;
  const named = (): { names?: Array<string | null> } => {
    names ??= args.map((a) => constantName(w.scope.str(a)));
    return names.some((n) => n !== null) ? { names } : {};
  };
  for (let i = 0; i < args.length; i++) {
    const arg = unwrap(args[i]!);
    const fn = handedFunction(w, arg, i);
    if (fn !== null) (w.ctx.facts.handedFns ??= []).push({ callee: target, at: i, fn, ...(arg.type === 'Identifier' ? {} : { arrow: true }), ...named() });
  }
}

/**
 * A function handed as argument `at`: one of the app's by name, or an arrow, named after its offset, whose parameters
 * (`param:>2@118:0`) hold what it is called with, unless the walk already knows what they receive.
 */
export function handedFunction(w: Walk, arg: Node, at: number): string | null {
  if (arg.type === 'Identifier') return w.scope.appFunction(arg, false) ?? w.scope.localFunction(arg);
  if (!isFunction(arg) || arg.params.length === 0 || w.optionCallbacks.has(arg)) return null;
  const name = `${w.ctx.fn?.name ?? ''}${LOCAL}${at}@${arg.start}`;
  w.optionCallbacks.set(arg, (arg.params as Node[]).map((_, k) => [`param:${name}:${k}` as const]));
  handedArrows.set(arg, name);
  return `#${name}`;
}

/** The arrows handed to the app's functions, by the name `handedFunction` gives them: their parameters are named so (`run>1@118:0`). */
const handedArrows = new WeakMap<Node, string>();

/** The name of an arrow handed to one of the app's functions, whose parameters hold what that function calls it with. */
export function handedArrow(fn: Node): string | undefined {
  return handedArrows.get(fn);
}
