import { createRequire } from 'node:module';
import type { visitorKeys as VisitorKeys } from 'oxc-parser';

// The keys alone: the parser's index loads its native binding, which a scan answered from the cache does not need.
const { default: visitorKeys } = createRequire(import.meta.url)('oxc-parser/src-js/generated/visit/keys') as { default: typeof VisitorKeys };

/** Minimal ESTree shapes used by the detectors (oxc-parser emits ESTree with `start`/`end` offsets). */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: any;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

const CHILD_KEYS = new Map<string, readonly string[]>(Object.entries(visitorKeys));

/** Whether `test` holds for a node a node holds (its children, in source order), stopping at the first. */
export function someChild(node: Node, test: (child: Node) => boolean): boolean {
  const keys = CHILD_KEYS.get(node.type);
  if (!keys) return false;
  // Indexed loops: array iterators would allocate in every tier below TurboFan, and most of a scan runs there.
  for (let k = 0; k < keys.length; k++) {
    const child = node[keys[k]!];
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) if (isNode(child[i]) && test(child[i])) return true;
    } else if (isNode(child) && test(child)) return true;
  }
  return false;
}

/** Pushes the nodes a node holds onto `stack`, for walks that keep their own stack instead of a closure per node. */
export function pushChildren(stack: Node[], node: Node): void {
  const keys = CHILD_KEYS.get(node.type);
  if (!keys) return;
  for (let k = 0; k < keys.length; k++) {
    const child = node[keys[k]!];
    if (Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) if (isNode(child[i])) stack.push(child[i]);
    } else if (isNode(child)) stack.push(child);
  }
}

/** Property name of a non-computed member expression or object property key, or a string-literal computed one. */
export function propertyName(node: Node | null | undefined, computed = false): string | null {
  if (!node) return null;
  if (node.type === 'Identifier' && !computed) return node.name;
  if (node.type === 'PrivateIdentifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return null;
}

/** Strips TypeScript wrappers and parentheses: `(x as Foo)!` -> `x`. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
        current = current.expression;
        break;
      case 'AwaitExpression':
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** The object-literal property named `name`, if statically present. */
export function objectProperty(object: Node | null | undefined, name: string): Node | null {
  if (!object || object.type !== 'ObjectExpression') return null;
  for (const prop of object.properties as Node[]) {
    if (prop.type === 'Property' && propertyName(prop.key, prop.computed) === name) return prop.value as Node;
  }
  return null;
}

export function isFunction(node: Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
