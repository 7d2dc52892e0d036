import { propertyName, unwrap, type Node } from './ast.ts';
import { resultsPrefix } from './kvs-query.ts';
import type { Scope } from './scope.ts';

// What loops and callbacks over collections give their variables: results of a KVS query, entries of objects of functions.

/** `for (const { key } of page.results)`, `for (const item of page.results)` of a KVS query on a prefix: keys of that prefix. */
export function queried(scope: Scope, pattern: Node | undefined, right: Node): void {
  const prefix = pattern && (pattern.type === 'Identifier' || pattern.type === 'ObjectPattern') ? resultsPrefix(scope, right) : null;
  if (prefix) queriedBy(scope, pattern!, prefix);
}

/** Binds a result of a KVS query on `prefix`, or its `key`, as keys of that prefix. */
export function queriedBy(scope: Scope, pattern: Node, prefix: Node): void {
  if (pattern.type !== 'Identifier' && pattern.type !== 'ObjectPattern') return;
  if (pattern.type === 'Identifier') {
    scope.lookup(pattern.name)!.queried = { prefix, key: false };
    return;
  }
  for (const p of pattern.properties as Node[]) {
    if (p.type === 'Property' && propertyName(p.key, p.computed) === 'key' && p.value.type === 'Identifier') scope.lookup(p.value.name)!.queried = { prefix, key: true };
  }
}

/**
 * `[name, fn]` taking the entries of `Object.entries(resolvers)` (also of `{ ...a, ...b }`): `fn` holds the functions
 * of those objects, by their names.
 */
export function entriesOf(scope: Scope, pattern: Node | undefined, expr: Node, out: Map<string, string[]>): void {
  const value = pattern?.type === 'ArrayPattern' ? pattern.elements[1] : null;
  const call = unwrap(expr);
  if (value?.type !== 'Identifier' || call.type !== 'CallExpression' || call.arguments.length !== 1) return;
  const callee = unwrap(call.callee);
  const isEntries = callee.type === 'MemberExpression' && propertyName(callee.property) === 'entries' && unwrap(callee.object).type === 'Identifier' && unwrap(callee.object).name === 'Object';
  const objects = isEntries ? objectsIn(scope, call.arguments[0], 0) : [];
  if (objects.length > 0) out.set(value.name, objects);
}

/** The named objects an expression is made of: `resolvers`, `{ ...notes, ...settings }`, a constant bound to one. */
function objectsIn(scope: Scope, expr: Node, depth: number): string[] {
  const node = unwrap(expr);
  if (depth > 3) return [];
  if (node.type === 'ObjectExpression') {
    return (node.properties as Node[]).flatMap((p) => (p.type === 'SpreadElement' ? objectsIn(scope, p.argument, depth + 1) : []));
  }
  if (node.type !== 'Identifier') return [];
  const init = scope.lookup(node.name)?.init;
  return init && unwrap(init).type === 'ObjectExpression' && !scope.objects.has(node.name) ? objectsIn(scope, init, depth + 1) : [node.name];
}
