import { isFunction, objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import { aceRequest } from '../ace-client.ts';
import { apModuleOf, connectJsMethod, requiredModules } from '../connect-js.ts';
import connectJs from '../../../data/connect-js.json' with { type: 'json' };
import type { Flow, Shape } from '../flow.ts';
import { productAnswer } from '../people-answers.ts';
import type { Ref } from '../ref.ts';
import { sdkVendor } from '../detectors/sdk-calls.ts';
import { givesJwtSubject } from '../forge-shapes.ts';
import type { CallbackParams, Walk } from './state.ts';

/** Array methods and the positions of their callback's parameters that receive an item. */
const ELEMENT_PARAMS = new Map<string, readonly number[]>([
  ...['forEach', 'map', 'flatMap', 'filter', 'find', 'findLast', 'findIndex', 'findLastIndex', 'some', 'every', 'then'].map((m): [string, readonly number[]] => [m, [0]]),
  ['reduce', [1]], ['reduceRight', [1]], ['sort', [0, 1]], ['toSorted', [0, 1]],
]);
/** A promise's methods whose callback gets no item: `catch`'s the error, `finally`'s nothing. */
const PROMISE_HANDLERS = new Set(['catch', 'finally']);
/** Whether a method is an array's or a promise's that calls its callback (`map`, `reduce`, `then`, `catch`, `finally`). */
export function callsBack(method: string): boolean {
  return ELEMENT_PARAMS.has(method) || PROMISE_HANDLERS.has(method);
}

/** Methods whose result is (made of) what their callback returns. */
export const RESULT_CALLBACKS = new Set(['map', 'flatMap', 'reduce', 'reduceRight', 'then']);

/**
 * React's hooks whose value is what the functions given at these positions return: a state's initialiser (`useState(async () => ...)`,
 * which UI Kit 1 awaits), a memo (`useMemo(() => ..., [deps])`), a reducer and its initialiser (`useReducer(reduce, arg, init)`,
 * UI Kit 1's `useAction(reduce, async () => ...)`).
 */
const VALUE_HOOKS = new Map<string, readonly number[]>([['useState', [0]], ['useMemo', [0]], ['useReducer', [0, 2]], ['useAction', [0, 1]]]);

/** Whether the function is an argument of a hook whose value it returns (see `VALUE_HOOKS`). */
export function initialises(call: Node, fn: Node): boolean {
  const callee = unwrap(call.callee);
  const at = VALUE_HOOKS.get((callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : callee.type === 'Identifier' ? callee.name : null) ?? '');
  return at !== undefined && at.some((i) => call.arguments[i] === fn);
}

/** Whether a method hands its callback the array's items (`forEach`, `map`, ...). */
export function takesItems(method: string): boolean {
  return ELEMENT_PARAMS.has(method);
}

/** Whether a method hands its callback's parameter at `i` an item of the array (`map`'s first, `reduce`'s second). */
export function holdsItem(method: string, i: number): boolean {
  return ELEMENT_PARAMS.get(method)?.includes(i) ?? false;
}

/** A handler's parameters all hold what users and products send. */
export const PAYLOAD: CallbackParams = [['resolver-payload']];
const PRODUCT: readonly Flow[][] = [['product-content'], ['other']];
const PRODUCT_CALLBACKS = new Set(connectJs.productCallbacks);

/**
 * The request of a Forge resolver function (`resolver.define('save', (req) => ...)`), by the parameters handed
 * to its callback: the payload, with what front ends send `save`, and the context with the caller's account ID.
 */
const requests = new WeakMap<object, Shape>();
export function forgeRequest(name: string | null): CallbackParams {
  const params: Flow[][] = [requestKinds(name)];
  requests.set(params, name ? `request:${name}` : 'request');
  return params;
}

/** What a resolver function's request holds: what users and products send, with what front ends send `name`, and the caller's account ID. */
export function requestKinds(name: string | null): Flow[] {
  return ['resolver-payload', 'account-id', ...(name ? [`invoke:${name}` as const] : [])];
}

/** The shape of the request a callback's parameters receive, when they are a Forge resolver function's. */
export function requestOf(callback: CallbackParams): Shape | undefined {
  return callback ? requests.get(callback) : undefined;
}

/** Callback parameters, some of them a request or a context by position (`(payload, context) => ...`). */
const shapes = new WeakMap<object, ReadonlyArray<Shape | null>>();
export function withShapes(params: Flow[][], byParam: ReadonlyArray<Shape | null>): CallbackParams {
  shapes.set(params, byParam);
  return params;
}

/** The shape of what a callback's parameter at a position receives, when `withShapes` gave one. */
export function shapeAt(callback: CallbackParams, i: number): Shape | null {
  return (callback && shapes.get(callback)?.[i]) ?? null;
}

/** `issues.forEach((issue) => ...)`, `list.reduce((acc, item) => ...)`: the callback's parameters that receive an item hold what the array holds. */
export function itemParams(w: Walk, call: Node, callee: Node): CallbackParams {
  const at = callee.type === 'MemberExpression' ? ELEMENT_PARAMS.get(propertyName(callee.property, callee.computed) ?? '') : undefined;
  if (!at || !(call.arguments as Node[]).some(isFunction)) return null;
  // `request.then((res) => ...)`: `res` is what `await request` gives.
  const first = unwrap(call.arguments[0]!);
  if (isFunction(first) && propertyName(callee.property, callee.computed) === 'then') w.resolvedBy.set(first, callee.object);
  const items = [...w.scope.kinds(callee.object)];
  return Array.from({ length: Math.max(...at) + 2 }, (_, i) => (at.includes(i) ? items : ['other']));
}

/**
 * An ACE request's callback receives `(err, response, body)`: the response and body are what the product sent.
 * The Connect JavaScript API hands what the product holds to its callbacks (`AP.confluence.getMacroData(cb)`),
 * and the response to the `success` function of `AP.request`'s options.
 */
export function callbackParams(w: Walk, node: Node, ref: Ref): CallbackParams {
  if (node.type !== 'CallExpression') return null;
  if (ref.root === 'import' && ref.module !== null && ref.steps.length > 0) handSdkScope(w, node, ref);
  const { scope } = w;
  const ap = connectJsMethod(ref);
  if (ap === 'request') {
    // `AP.request('/rest/api/3/myself', { success: (me) => ... })`: the response, with the people its operation returns.
    let params: CallbackParams | undefined;
    for (const arg of node.arguments as Node[]) {
      const options = scope.object(arg);
      for (const key of connectJs.requestCallbacks) {
        const fn = options ? objectProperty(options, key) : null;
        if (fn && isFunction(fn)) w.optionCallbacks.set(fn, (params ??= withAnswer(PRODUCT, 0, productAnswer(scope, node, null))));
      }
    }
    return null;
  }
  // `AP.require('request', (request) => ...)`, `AP.require(['request'], getProjects)`: the callback is handed the API's modules.
  if (ap === 'require') {
    const names = requiredModules(scope, node.arguments[0]);
    const fn = node.arguments[1] ? unwrap(node.arguments[1]) : null;
    if (names && fn && isFunction(fn)) w.apModules.set(fn, names);
    else if (names && fn?.type === 'Identifier') w.apModules.set(fn.name, names);
    return null;
  }
  if (!(node.arguments as Node[]).some(isFunction)) return null;
  if (ap !== null && PRODUCT_CALLBACKS.has(ap)) return PRODUCT;
  // `jwt.verify(token, secret, (err, decoded) => ...)` of jsonwebtoken: `decoded` is what the call returns without a callback.
  const verified = givesJwtSubject(scope, node) ? (node.arguments as Node[]).map(unwrap).findLast(isFunction) : undefined;
  if (verified) {
    w.resolvedBy.set(verified, node);
    return [['other'], [...scope.kinds(node)]];
  }
  const ace = aceRequest(scope, node, ref);
  if (!ace) return null;
  if (ace.client !== 'ace') return [['other'], [`client:${ace.client}`]];
  return withAnswer([['other'], ['product-content']], 1, productAnswer(scope, node, null, undefined, ace.method));
}

/** Callback parameters with what a request's answer holds (see `productAnswer`) given to the one that receives the answer. */
function withAnswer(params: readonly Flow[][], at: number, answer: readonly Flow[]): readonly Flow[][] {
  return answer.length === 1 && answer[0] === 'product-content' ? params : params.map((flows, i) => (i === at ? [...answer] : flows));
}

/** `populateFields(url, request)` with `request` a module `AP.require` gave: the function declared further on is handed it. */
export function handAp(w: Walk, callee: string, args: Node[]): void {
  const handed = args.map((a) => {
    const arg = unwrap(a);
    return arg.type === 'Identifier' ? apModuleOf(w.scope.lookup(arg.name)?.init) : null;
  });
  if (handed.some((m) => m !== null)) w.apModules.set(callee, handed);
}

/** `Sentry.withScope((scope) => scope.setUser(...))`: the callback's first parameter is an object of the SDK, so calls on it are calls through the SDK. */
function handSdkScope(w: Walk, node: Node, ref: Ref): void {
  const vendor = sdkVendor(ref.module!);
  if (!vendor?.sdkScopes?.includes(ref.steps[ref.steps.length - 1]!.name)) return;
  const fn = (node.arguments as Node[]).map(unwrap).find(isFunction);
  const callee = unwrap(node.callee);
  if (fn) w.sdkScopes.set(fn, callee.type === 'MemberExpression' ? callee.object : callee);
}
