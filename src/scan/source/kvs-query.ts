import type { Node } from './ast.ts';
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
