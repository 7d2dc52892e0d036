import { propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';
import { HOLE } from './string-marks.ts';

/** A step of a call chain, as `Ref.steps` holds them. */
interface Step {
  name: string;
  call?: Node | null;
}

/**
 * The prefix a KVS query's keys begin with: `storage.query().where('key', startsWith(prefix))` of `@forge/api`,
 * `kvs.query().where('key', WhereConditions.beginsWith(prefix))` of `@forge/kvs`; null for any other query.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query/
 */
export function keyPrefix(steps: readonly Step[]): Node | null {
  const where = steps.find((s) => s.name === 'where')?.call;
  const [field, condition] = (where?.arguments ?? []) as Node[];
  if (field?.type !== 'Literal' || field.value !== 'key' || condition?.type !== 'CallExpression') return null;
  const callee = condition.callee as Node;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : null;
  return name === 'startsWith' || name === 'beginsWith' ? (condition.arguments[0] as Node | undefined) ?? null : null;
}

/** The keys that begin with an evaluated prefix: the prefix and a hole; null when the prefix is not known. */
export function withPrefix(prefix: string | null): string | null {
  return prefix === null || prefix === HOLE ? null : prefix + HOLE;
}

/**
 * The prefix of the KVS query whose results an expression is (`page.results` of `const page = await kvs.query()
 * .where('key', WhereConditions.beginsWith(prefix)).getMany()`); null for anything else.
 */
export function resultsPrefix(scope: Scope, expr: Node): Node | null {
  const node = unwrap(expr);
  if (node.type !== 'MemberExpression' || propertyName(node.property, node.computed) !== 'results') return null;
  let object = unwrap(node.object);
  if (object.type === 'Identifier') {
    const b = scope.lookup(object.name);
    object = b?.init && !b.grown ? unwrap(b.init) : object;
  }
  if (object.type !== 'CallExpression') return null;
  const ref = scope.ref(object.callee);
  const kvs = ref.root === 'import' && (ref.module === '@forge/kvs' || (ref.module === '@forge/api' && (ref.imported === 'storage' || ref.steps[0]?.name === 'storage')));
  return kvs && ref.steps[ref.steps.length - 1]?.name === 'getMany' ? keyPrefix(ref.steps) : null;
}
