import { propertyName, unwrap, type Node } from './ast.ts';

/** The conditions of Forge storage's query on keys that begin with a prefix: `startsWith` (`@forge/api`), `WhereConditions.beginsWith` (`@forge/kvs`). */
const PREFIX_CONDITIONS = new Set(['startsWith', 'beginsWith']);

/**
 * The prefix of the keys a storage query reads (`storage.query().where('key', startsWith('summary:'))`): the
 * argument of its condition, or null when the query is not on a key prefix.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query/
 */
export function queryPrefix(steps: ReadonlyArray<{ name: string; call: Node | null }>): Node | null {
  const where = steps.find((s) => s.name === 'where')?.call;
  const condition = where ? unwrap(where.arguments[1] as Node) : null;
  if (condition?.type !== 'CallExpression') return null;
  const callee = unwrap(condition.callee);
  const name = callee.type === 'Identifier' ? callee.name as string : callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  return name !== null && PREFIX_CONDITIONS.has(name) ? condition.arguments[0] as Node ?? null : null;
}
