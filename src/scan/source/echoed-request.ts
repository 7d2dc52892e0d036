import data from '../../data/route-responses.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';

const REQUESTS = new Set(data.requests);
const CONTEXTS = new Set(data.contexts);
const SENT_FIELDS = new Set(data.sentFields);
const CONTEXT_FIELDS = new Set(data.contextSentFields);
const SENT_METHODS = new Set(data.sentMethods);
const INNER = new Set(data.innerRequests);

/** A parameter (bound to no value) named as one of `names`: a route handler's request, response or context. */
export function isParam(scope: Scope, node: Node, names: ReadonlySet<string>): boolean {
  if (node.type !== 'Identifier' || !names.has(node.name)) return false;
  const binding = scope.lookup(node.name);
  return binding !== undefined && !binding.init && !binding.values?.length && !binding.topFunction;
}

/**
 * What the browser itself sent in the request a handler answers (see `sentFields` in `route-responses.json`):
 * `req.query['tenant-token']`, `req.body.apiKey`, `req.get('x-api-key')`, Koa's `ctx.query.token` and `ctx.request.body.token`,
 * Hono's `c.req.header('x-token')`. Echoed back to the sender, it gives away nothing the sender did not have.
 */
export function echoesRequest(scope: Scope, expr: Node): boolean {
  let node = unwrap(expr);
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    return callee.type === 'MemberExpression' && SENT_METHODS.has(propertyName(callee.property, callee.computed) ?? '') && isRequest(scope, unwrap(callee.object));
  }
  while (node.type === 'MemberExpression') {
    // The step just after the request: `body` of `req.body.settings.token`.
    const step = propertyName(node.property, node.computed) ?? '';
    node = unwrap(node.object);
    if (isRequest(scope, node)) return SENT_FIELDS.has(step);
    if (isParam(scope, node, CONTEXTS)) return CONTEXT_FIELDS.has(step);
  }
  return false;
}

/** The handler's request parameter, or the request its context holds (Koa's `ctx.request`, Hono's `c.req`). */
function isRequest(scope: Scope, node: Node): boolean {
  if (isParam(scope, node, REQUESTS)) return true;
  return node.type === 'MemberExpression' && INNER.has(propertyName(node.property, node.computed) ?? '') && isParam(scope, unwrap(node.object), CONTEXTS);
}
