import { propertyName, unwrap, type Node } from './ast.ts';
import { isFetchFunction } from './detectors/param-clients.ts';
import type { Scope } from './scope.ts';

/**
 * `const { fetchImpl, ...init } = options` with `options` a plain parameter: the rest holds what the callers give less the
 * fields named (unless `method` is one, which `markParam` keeps as the parameter), and each field named holds what the
 * callers' object gives it (`get:1.fetchImpl`), as when the parameter itself is destructured.
 */
export function destructuredParam(scope: Scope, pattern: Node, init: Node): void {
  const param = scope.paramOf(init);
  if (param === null || param.includes('.')) return;
  const props = pattern.properties as Node[];
  const last = props[props.length - 1];
  if (last?.type === 'RestElement' && last.argument.type === 'Identifier' && !props.some((p) => p.type === 'Property' && propertyName(p.key, p.computed) === 'method')) scope.lookup(last.argument.name)!.param = param;
  for (const prop of props) {
    if (prop.type !== 'Property') continue;
    const key = propertyName(prop.key, prop.computed);
    const name = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    if (key === null || key === 'method' || name.type !== 'Identifier' || !/^[\w$]+$/.test(key)) continue;
    const binding = scope.lookup(name.name);
    if (binding && !binding.param) binding.paramKey = `${param}.${key}`;
  }
}

/**
 * `const doFetch = fetchImpl ?? globalThis.fetch`, `const fetchImpl = options.fetchImpl || nodeFetch`: the `fetch` callers hand
 * the parameter (or its field), the default when they hand none (`fallback`, the client `givenClient` writes for it).
 */
export function fetchOrGlobal(scope: Scope, name: string, init: Node): void {
  if (init.operator === '&&') return;
  const left = unwrap(init.left);
  const object = left.type === 'MemberExpression' && !left.computed ? unwrap(left.object) : null;
  const field = object?.type === 'Identifier' ? propertyName(left.property) : null;
  const from = left.type === 'Identifier' ? scope.lookup(left.name) : object?.type === 'Identifier' ? scope.lookup(object.name) : undefined;
  const right = scope.ref(init.right);
  if (!from || !(from.param ?? from.paramKey) || !isFetchFunction(right)) return;
  const binding = scope.lookup(name)!;
  if (field !== null) {
    // `options.fetchImpl` of a plain parameter `options`, as `const { fetchImpl } = options` gives it.
    if (!from.param || from.param.includes('.') || !/^[\w$]+$/.test(field)) return;
    binding.paramKey = `${from.param}.${field}`;
  } else if (from.param) binding.param = from.param;
  else if (from.paramKey && from.paramSuffix === undefined) binding.paramKey = from.paramKey;
  else return;
  binding.fetchFallback = init.right;
}
