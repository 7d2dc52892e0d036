import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import { calledMethod } from '../call-args.ts';
import { recordAnswer } from '../front-end-answers.ts';
import type { Walk } from './state.ts';

/** Methods of a route's response (Express's `res`, Fastify's `reply`) that send what they are given as its body. */
const SENDS = new Set(['json', 'send', 'jsonp', 'end']);

/**
 * A route as its findings name it, `GET /config`: the method called (`*` for `use` and `all`) and the path, from `route` (a POST-like
 * route's known path) or `path` (a GET route's, marked `GET! /page` when ACE checks its token).
 */
export function routeLabel(call: Node, route: string | null | undefined, path: string): string {
  if (typeof route !== 'string') return path.replace(/^GET!/, 'GET');
  const method = calledMethod(call);
  return `${method === 'use' || method === 'all' || method === 'route' ? '*' : method.toUpperCase()} ${route}`;
}

/** `app.get('/config', (req, res) => …)`: the functions answering a route, by the route, whose second parameter is the response. */
export function markResponders(w: Walk, args: readonly Node[], route: string): void {
  for (const arg of args) {
    const fn = unwrap(arg);
    if (isFunction(fn) && fn.params[1]?.type === 'Identifier') w.responders.set(fn, route);
  }
}

/** Entering a function that answers a route: its response parameter's binding, by the route. */
export function bindResponse(w: Walk, fn: Node): void {
  const route = w.responders.get(fn);
  const binding = route === undefined ? undefined : w.scope.lookup(fn.params[1].name);
  if (binding) w.responseParams.set(binding, route!);
}

/**
 * `res.json({ apiKey })`, `res.status(200).send(token)` on the response of a route: what the body holds reaches whoever requested
 * the route, in a browser; kept as the route's answer when it may hold a secret (see `recordAnswer`).
 */
export function sendsResponse(w: Walk, node: Node): void {
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || !SENDS.has(propertyName(callee.property, callee.computed) ?? '') || !node.arguments[0]) return;
  let root = unwrap(callee.object);
  while (root.type === 'CallExpression' && unwrap(root.callee).type === 'MemberExpression') root = unwrap(unwrap(root.callee).object);
  const binding = root.type === 'Identifier' ? w.scope.lookup(root.name) : undefined;
  const route = binding ? w.responseParams.get(binding) : undefined;
  if (route !== undefined) recordAnswer(w.ctx, route, node.arguments[0], false, true);
}
