import { propertyName, unwrap, type Node } from './ast.ts';
import { addAll, type Flow } from './flow.ts';
import type { Scope } from './scope.ts';

/**
 * What the text of an error's message holds (`new Error(\`failed: ${body}\`)`): a value known to be an object prints as
 * `[object Object]`, none of its data, when put in a template or added to a string; a field of it (`body.message`) still holds
 * what it holds.
 */
export function messageKinds(scope: Scope, expr: Node): Set<Flow> {
  const node = unwrap(expr);
  if (printsAsObject(scope, node)) return new Set<Flow>(['literal']);
  if (node.type === 'TemplateLiteral' && node.expressions.length > 0) {
    const out = new Set<Flow>(['literal']);
    for (const e of node.expressions as Node[]) addAll(out, messageKinds(scope, e));
    return out;
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const out = messageKinds(scope, node.left);
    addAll(out, messageKinds(scope, node.right));
    return out;
  }
  return scope.kinds(node);
}

/** Whether a value is an object literal or a response's parsed body (`await res.json()`), or a name given one and nothing else. */
function printsAsObject(scope: Scope, node: Node): boolean {
  if (isObject(node)) return true;
  if (node.type !== 'Identifier') return false;
  const b = scope.lookup(node.name);
  return !!b?.init && !b.grown && (b.values?.length ?? 0) <= 1 && isObject(unwrap(b.init));
}

function isObject(node: Node): boolean {
  if (node.type === 'ObjectExpression') return true;
  // `await res.json()`: a product's or a service's JSON answer is an object (`res.json().then(...)` is a promise, also no text).
  return node.type === 'CallExpression' && node.arguments.length === 0 && node.callee.type === 'MemberExpression' && propertyName(node.callee.property, node.callee.computed) === 'json';
}
