import { objectProperty, unwrap, type Node } from './ast.ts';
import { followRef } from './ref.ts';
import type { Scope } from './scope.ts';
import { hasMarks } from './string-marks.ts';

/** What `JSON.stringify(value)` is given; the node itself when it is no such call. */
export function stringified(scope: Scope, node: Node): Node {
  if (node.type !== 'CallExpression' || !node.arguments[0]) return node;
  const callee = followRef(scope, node.callee);
  const json = callee.root === 'global' && callee.name === 'JSON' && callee.steps.length === 1 && callee.steps[0]!.name === 'stringify';
  return json ? unwrap(node.arguments[0]) : node;
}

/**
 * The fields a request body asks for by name (`JSON.stringify({ jql, fields: ['assignee', 'reporter'] })`, a list or a
 * comma-separated string, also one bound to a name), those known before run time: what an issue search answers with.
 */
export function requestedFields(scope: Scope, body: Node | null | undefined): string[] {
  if (!body) return [];
  const object = scope.object(stringified(scope, unwrap(body)));
  let list = object ? objectProperty(object, 'fields') : null;
  if (list && unwrap(list).type === 'Identifier') list = scope.lookup(unwrap(list).name)?.init ?? list;
  if (!list) return [];
  const items = unwrap(list).type === 'ArrayExpression' ? (unwrap(list).elements as Array<Node | null>) : [list];
  const out: string[] = [];
  for (const item of items) {
    const text = item ? scope.str(item) : null;
    if (text !== null && !hasMarks(text)) out.push(...text.split(','));
  }
  return out;
}
