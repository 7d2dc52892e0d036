import { visitorKeys } from 'oxc-parser';
import { isFunction, isNode, type Node } from '../ast.ts';
import type { CallbackParams, Walk } from './state.ts';

/** Type annotations hold no calls or data: not walked. */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
/** TypeScript nodes that hold an expression. */
const TS_EXPRESSIONS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSParameterProperty', 'TSExportAssignment', 'TSInstantiationExpression']);
/** The keys to walk per node type, type annotations left out; type-only nodes have none. */
export const CHILD_KEYS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(visitorKeys)
  .filter(([type]) => !type.startsWith('TS') || TS_EXPRESSIONS.has(type))
  .map(([type, keys]) => [type, keys.filter((k) => !TYPE_KEYS.has(k))]));

/** Node types with something to walk. */
const HOLDERS = new Set([...CHILD_KEYS].filter(([, keys]) => keys.length > 0).map(([type]) => type));

/** Whether a node holds something to walk: identifiers, literals, JSX names and text (half of a file's nodes) do not. */
export function holdsNodes(node: Node): boolean {
  return node.type === 'Identifier' ? node.decorators?.length > 0 : HOLDERS.has(node.type);
}

/** Walks what a node holds; functions among them are handed `callback` (what their parameters receive). */
export function visitChildren(w: Walk, node: Node, callback: CallbackParams): void {
  const keys = CHILD_KEYS.get(node.type);
  if (!keys) return;
  for (let k = 0; k < keys.length; k++) {
    const child = node[keys[k]!];
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) {
        const c = child[i];
        if (isNode(c)) w.visit(c, node, isFunction(c) ? callback : null);
      }
    } else if (isNode(child)) w.visit(child, node, isFunction(child) ? callback : null);
  }
}
