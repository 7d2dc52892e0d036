import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { cutoffAge, EXPIRY, isNow, numberOf } from './age-filter.ts';
import type { Scope } from './scope.ts';

const RELATIONS = new Set(['<', '<=', '>', '>=']);
const DEPTH = 4;

/** Whether an `if`'s test compares (`a > b`, `a < b && c`): one whose consequent a delete may be kept to data of an age. */
export function isComparison(test: Node): boolean {
  const node = unwrap(test);
  if (node.type === 'LogicalExpression') return node.operator !== '??' && (isComparison(node.left) || isComparison(node.right));
  return node.type === 'BinaryExpression' && RELATIONS.has(node.operator);
}

/**
 * The age past which a delete in a purge loop removes what it walks, in seconds, from the `if`s around it
 * (`if (Date.now() - item.value.createdAt > 90 * DAY) await kvs.delete(item.key)`, `if (new Date(v.updatedAt) < cutoff)`); null for none.
 */
export function guardAge(scope: Scope, call: Node): number | null {
  const keys = deletedNames(call);
  for (let i = scope.guards.length - 1; i >= 0; i--) {
    const age = comparisonAge(scope, scope.guards[i]!.test, scope.guards[i]!.negated, keys);
    if (age !== null) return age;
  }
  return null;
}

/** The names a delete's arguments read from (`item` of `kvs.delete(item.key)`). */
export function deletedNames(call: Node): Set<string> {
  const keys = new Set<string>();
  for (const arg of call.arguments as Node[]) roots(arg, keys, 0);
  return keys;
}

/** The age a comparison keeps to where it holds, or (`negated`) where it does not: `!(a && b)` holds no one comparison, `!(a || b)` each. */
function comparisonAge(scope: Scope, test: Node, negated: boolean, keys: ReadonlySet<string>): number | null {
  const node = unwrap(test);
  if (node.type === 'LogicalExpression') return node.operator === (negated ? '||' : '&&') ? comparisonAge(scope, node.left, negated, keys) ?? comparisonAge(scope, node.right, negated, keys) : null;
  if (node.type !== 'BinaryExpression' || !RELATIONS.has(node.operator)) return null;
  // As `older < newer`: `a > b` is `b < a`, and where `a < b` fails, `b <= a`.
  const [older, newer] = node.operator.startsWith('<') !== negated ? [node.left, node.right] : [node.right, node.left];
  // `Date.now() - item.value.createdAt > 90 * DAY`: the time since a date of the item, past a length in milliseconds.
  const since = elapsed(scope, newer);
  if (since !== null) {
    const ms = isExpiry(since) || !ofDeleted(scope, since, keys) ? null : numberOf(scope, older);
    return ms !== null && ms > 0 ? ms / 1000 : null;
  }
  // `item.value.createdAt + TTL_MS < Date.now()`: a date of the item a length on, already past.
  const after = unwrap(older);
  if (after.type === 'BinaryExpression' && after.operator === '+' && isNow(scope, newer, 0)) {
    const ms = isExpiry(after.left) || !ofDeleted(scope, after.left, keys) ? null : numberOf(scope, after.right);
    return ms !== null && ms > 0 ? ms / 1000 : null;
  }
  // `new Date(v.updatedAt) < cutoff`, `item.createdAt < Date.now() - RETENTION_MS`: a date of the item before a cut-off.
  if (isExpiry(older) || isNow(scope, older, 0) || !ofDeleted(scope, older, keys)) return null;
  return cutoffAge(scope, newer);
}

/** `Date.now() - x` (or a name bound to it): `x`, the date the time is since; else null. */
function elapsed(scope: Scope, expr: Node, depth = 0): Node | null {
  const node = unwrap(expr);
  if (node.type === 'Identifier' && depth < DEPTH) {
    const b = scope.lookup(node.name);
    return b?.init && !b.grown ? elapsed(scope, b.init, depth + 1) : null;
  }
  // `age(note)` of `const age = (n) => Date.now() - n.createdAt`: the time since a date of what it is given.
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && depth < DEPTH) {
    const returned = returnedBy(scope, node.callee.name);
    const since = returned ? elapsed(scope, returned, depth + 1) : null;
    return since && !isExpiry(since) ? node : null;
  }
  return node.type === 'BinaryExpression' && node.operator === '-' && isNow(scope, node.left, 0) ? node.right : null;
}

/** What a function of the module returns when its body is that one expression (`(n) => ...`, `function f(n) { return ...; }`). */
function returnedBy(scope: Scope, name: string): Node | null {
  const b = scope.lookup(name);
  const declared = b?.topFunction ? b.init ?? b.declaration : undefined;
  const fn = declared ? unwrap(declared) : null;
  if (!fn || !isFunction(fn)) return null;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const only = fn.body.body.length === 1 ? fn.body.body[0] : null;
  return only?.type === 'ReturnStatement' && only.argument ? only.argument : null;
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

/**
 * Whether a date is read from what the delete names (`item.value.createdAt` and `kvs.delete(item.key)`): a time since the app's last
 * run (`if (Date.now() - lastRun < HOUR) return;`) keeps no data to an age.
 */
function ofDeleted(scope: Scope, date: Node, keys: ReadonlySet<string>): boolean {
  const names = new Set<string>();
  roots(date, names, 0);
  for (const name of names) if (keys.has(name)) return true;
  // `for (const { key, value } of entries)`: `value.createdAt` is of the entry `kvs.delete(key)` deletes.
  const items = new Set<Node>();
  for (const name of keys) {
    const item = scope.lookup(name)?.item;
    if (item) items.add(item);
  }
  for (const name of items.size > 0 ? names : []) {
    const item = scope.lookup(name)?.item;
    if (item && items.has(item)) return true;
  }
  return false;
}

/** The names an expression reads from (`item` of `item.key`, of `\`note:${item.id}\``, of `{ id: item.id }`, of `new Date(item.at)`). */
function roots(expr: Node, out: Set<string>, depth: number): void {
  const node = unwrap(expr);
  if (depth > DEPTH) return;
  switch (node.type) {
    case 'Identifier':
      out.add(node.name);
      return;
    case 'MemberExpression':
      return roots(node.object, out, depth + 1);
    case 'TemplateLiteral':
      for (const e of node.expressions as Node[]) roots(e, out, depth + 1);
      return;
    case 'ObjectExpression':
      for (const p of node.properties as Node[]) if (p.type === 'Property') roots(p.value, out, depth + 1);
      return;
    case 'ArrayExpression':
      for (const e of node.elements as Array<Node | null>) if (e) roots(e, out, depth + 1);
      return;
    case 'CallExpression':
    case 'NewExpression': {
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression') roots(callee.object, out, depth + 1);
      for (const a of node.arguments as Node[]) roots(a, out, depth + 1);
      return;
    }
    default:
  }
}
