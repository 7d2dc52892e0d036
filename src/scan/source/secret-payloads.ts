import { isFunction, isNode, propertyName, unwrap, type Node } from './ast.ts';
import { stringified } from './body-fields.ts';
import { shapeOf } from './forge-shapes.ts';
import { kindOfName } from './names.ts';
import type { Scope } from './scope.ts';
import { CHILD_KEYS } from './walk/children.ts';

/** Per file: the resolver functions whose callback reads a secret-named field of its payload (`req.payload.apiToken`). */
const bySecretField = new WeakMap<Scope, Set<string>>();

/** `resolver.define('connect', (req) => ... req.payload.authorizationHeader ...)`: notes that function's payload holds a secret. */
export function noteSecretPayload(scope: Scope, name: string, callback: Node | undefined): void {
  if (!callback || !isFunction(callback) || !readsSecretField(callback)) return;
  let names = bySecretField.get(scope);
  if (!names) bySecretField.set(scope, names = new Set());
  names.add(name);
}

/**
 * Whether a value printed is the whole request of such a resolver function, or its whole payload (`console.log('request', req)`,
 * `console.log(payload)`, `JSON.stringify(req.payload)`): it prints the secret the callback reads off the payload.
 */
export function printsSecretPayload(scope: Scope, arg: Node): boolean {
  const names = bySecretField.get(scope);
  if (!names) return false;
  const node = unwrap(stringified(scope, unwrap(arg)));
  const name = requestName(scope, node)
    ?? (node.type === 'MemberExpression' && propertyName(node.property, node.computed) === 'payload' ? requestName(scope, node.object) : null)
    ?? payloadName(scope, node);
  return name !== null && names.has(name);
}

function requestName(scope: Scope, node: Node): string | null {
  const shape = shapeOf(scope, node);
  return shape?.startsWith('request:') ? shape.slice('request:'.length) : null;
}

/** `payload` of `({ payload }) => ...`: it holds what front ends send the function (`invoke:name`), and nothing else named. */
function payloadName(scope: Scope, node: Node): string | null {
  if (node.type !== 'Identifier' || node.name !== 'payload') return null;
  const invoked = [...(scope.lookup(node.name)?.kinds ?? [])].filter((k) => k.startsWith('invoke:'));
  return invoked.length === 1 ? invoked[0]!.slice('invoke:'.length) : null;
}

/** Whether a function reads a secret-named field of a payload: `req.payload.apiToken`, `payload.token`, `const { apiKey } = req.payload`, `({ payload: { token } })`. */
function readsSecretField(fn: Node): boolean {
  const todo: Node[] = [fn];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (node.type === 'MemberExpression' && isPayload(node.object) && secretNamed(propertyName(node.property, node.computed))) return true;
    if (node.type === 'VariableDeclarator' && node.init && isPayload(node.init) && patternHasSecret(node.id)) return true;
    if (node.type === 'Property' && propertyName(node.key, node.computed) === 'payload' && node.value?.type === 'ObjectPattern' && patternHasSecret(node.value)) return true;
    for (const key of CHILD_KEYS.get(node.type) ?? []) {
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) { if (isNode(c)) todo.push(c); }
      else if (isNode(child)) todo.push(child);
    }
  }
  return false;
}

function isPayload(expr: Node): boolean {
  const node = unwrap(expr);
  return (node.type === 'Identifier' && node.name === 'payload') || (node.type === 'MemberExpression' && propertyName(node.property, node.computed) === 'payload');
}

function patternHasSecret(pattern: Node): boolean {
  return pattern.type === 'ObjectPattern' && (pattern.properties as Node[]).some((p) => p.type === 'Property' && secretNamed(propertyName(p.key, p.computed)));
}

const secretNamed = (name: string | null): boolean => name !== null && kindOfName(name) === 'secret';
