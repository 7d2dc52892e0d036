import { propertyName, unwrap, type Node } from './ast.ts';
import { cutoffAge, EXPIRY, isNow, numberOf } from './age-filter.ts';
import type { Scope } from './scope.ts';

const RELATIONS = new Set(['<', '<=', '>', '>=']);
const DEPTH = 4;

/** Whether an `if`'s test compares (`a > b`, `a < b && c`): one whose consequent a delete may be kept to data of an age. */
export function isComparison(test: Node): boolean {
  const node = unwrap(test);
  if (node.type === 'LogicalExpression') return node.operator === '&&' && (isComparison(node.left) || isComparison(node.right));
  return node.type === 'BinaryExpression' && RELATIONS.has(node.operator);
}

/**
 * The age past which a delete in a purge loop removes what it walks, in seconds, from the `if`s around it
 * (`if (Date.now() - item.value.createdAt > 90 * DAY) await kvs.delete(item.key)`, `if (new Date(v.updatedAt) < cutoff)`); null for none.
 */
export function guardAge(scope: Scope): number | null {
  for (let i = scope.guards.length - 1; i >= 0; i--) {
    const age = comparisonAge(scope, scope.guards[i]!);
    if (age !== null) return age;
  }
  return null;
}

function comparisonAge(scope: Scope, test: Node): number | null {
  const node = unwrap(test);
  if (node.type === 'LogicalExpression') return node.operator === '&&' ? comparisonAge(scope, node.left) ?? comparisonAge(scope, node.right) : null;
  if (node.type !== 'BinaryExpression' || !RELATIONS.has(node.operator)) return null;
  // As `older < newer`: `a > b` is `b < a`.
  const [older, newer] = node.operator.startsWith('<') ? [node.left, node.right] : [node.right, node.left];
  // `Date.now() - item.value.createdAt > 90 * DAY`: the time since a date of the item, past a length in milliseconds.
  const since = elapsed(scope, newer);
  if (since !== null) {
    const ms = isExpiry(since) ? null : numberOf(scope, older);
    return ms !== null && ms > 0 ? ms / 1000 : null;
  }
  // `item.value.createdAt + TTL_MS < Date.now()`: a date of the item a length on, already past.
  const after = unwrap(older);
  if (after.type === 'BinaryExpression' && after.operator === '+' && isNow(scope, newer, 0)) {
    const ms = isExpiry(after.left) ? null : numberOf(scope, after.right);
    return ms !== null && ms > 0 ? ms / 1000 : null;
  }
  // `new Date(v.updatedAt) < cutoff`, `item.createdAt < Date.now() - RETENTION_MS`: a date of the item before a cut-off.
  if (isExpiry(older) || isNow(scope, older, 0)) return null;
  return cutoffAge(scope, newer);
}

/** `Date.now() - x` (or a name bound to it): `x`, the date the time is since; else null. */
function elapsed(scope: Scope, expr: Node, depth = 0): Node | null {
  const node = unwrap(expr);
  if (node.type === 'Identifier' && depth < DEPTH) {
    const b = scope.lookup(node.name);
    return b?.init && !b.grown ? elapsed(scope, b.init, depth + 1) : null;
  }
  return node.type === 'BinaryExpression' && node.operator === '-' && isNow(scope, node.left, 0) ? node.right : null;
}

/** Whether a date read from an item is when it expires (`v.expiresAt`, `new Date(item.validUntil)`): past it is no age. */
function isExpiry(expr: Node, depth = 0): boolean {
  const node = unwrap(expr);
  if (depth > DEPTH) return false;
  if (node.type === 'MemberExpression') return EXPIRY.test(propertyName(node.property, node.computed) ?? '');
  if (node.type === 'Identifier') return EXPIRY.test(node.name);
  if (node.type === 'NewExpression' || node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    // `v.expiresAt.getTime()`, `Date.parse(v.expiresAt)`, `new Date(v.expiresAt)`.
    const of = node.arguments[0] ?? (callee.type === 'MemberExpression' ? callee.object : null);
    return of ? isExpiry(of, depth + 1) : false;
  }
  return false;
}
