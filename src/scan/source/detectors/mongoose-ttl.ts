import units from '../../../data/time-units.json' with { type: 'json' };
import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import { numberOf } from '../age-filter.ts';
import type { Scope } from '../scope.ts';

const SECONDS: Record<string, number> = units.seconds;
/** A duration as Mongoose's `expires` takes it (the `ms` package's form): `'30d'`, `'12h'`, `'2 days'`, `'90s'`. */
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|hr|d|w|y|(?:second|minute|hour|day|week|year)s?)?\s*$/i;
const SHORT: Record<string, string> = { s: 'second', sec: 'second', m: 'minute', min: 'minute', h: 'hour', hr: 'hour', d: 'day', w: 'week', y: 'year' };

/**
 * How long a Mongoose schema keeps its documents, each where it says so: a TTL index (`schema.index({ createdAt: 1 }, { expireAfterSeconds: N })`,
 * a statement of the module's top level) or a Date field's `expires` (`createdAt: { type: Date, expires: '30d' }`), in seconds. MongoDB
 * deletes each document once that old.
 */
export function schemaLifetimes(scope: Scope, schema: Node | undefined): Array<{ node: Node; seconds: number }> {
  const name = schema && unwrap(schema).type === 'Identifier' ? unwrap(schema).name as string : null;
  const init = name === null ? null : scope.lookup(name)?.init;
  const made = init ? unwrap(init) : null;
  if (made?.type !== 'NewExpression' || calleeText(made.callee) !== 'Schema') return [];
  const found: Array<{ node: Node; seconds: number }> = [];
  for (const field of (scope.object(made.arguments[0])?.properties ?? []) as Node[]) {
    const options = field.type === 'Property' ? unwrap(field.value) : null;
    const expires = options?.type === 'ObjectExpression' && isDate(objectProperty(options, 'type')) ? objectProperty(options, 'expires') : null;
    const seconds = expires ? duration(scope, expires) : null;
    if (seconds !== null) found.push({ node: expires!, seconds });
  }
  for (const statement of scope.mod.program.body as Node[]) {
    const call = statement.type === 'ExpressionStatement' ? unwrap(statement.expression) : null;
    const callee = call?.type === 'CallExpression' ? unwrap(call.callee) : null;
    if (callee?.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'index' || unwrap(callee.object).type !== 'Identifier' || unwrap(callee.object).name !== name) continue;
    const seconds = numberOf(scope, objectProperty(scope.object(call!.arguments[1]), 'expireAfterSeconds'));
    if (seconds !== null && seconds > 0) found.push({ node: call!, seconds });
  }
  return found;
}

function calleeText(callee: Node): string {
  const node = unwrap(callee);
  return node.type === 'Identifier' ? node.name as string : node.type === 'MemberExpression' ? propertyName(node.property, node.computed) ?? '' : '';
}

/** `Date`, `Schema.Types.Date`, `'Date'`. */
function isDate(type: Node | null): boolean {
  const node = type ? unwrap(type) : null;
  if (!node) return false;
  if (node.type === 'Literal') return node.value === 'Date';
  return calleeText(node) === 'Date';
}

function duration(scope: Scope, expr: Node): number | null {
  const node = unwrap(expr);
  if (!(node.type === 'Literal' && typeof node.value === 'string')) {
    const n = numberOf(scope, node);
    return n !== null && n > 0 ? n : null;
  }
  const m = DURATION.exec(node.value);
  if (!m) return null;
  const unit = m[2]?.toLowerCase();
  // As the `ms` package reads it: a number without a unit counts milliseconds.
  const size = unit === undefined || unit === 'ms' ? 0.001 : SECONDS[SHORT[unit] ?? unit.replace(/s$/, '')];
  const seconds = size === undefined ? 0 : Number(m[1]) * size;
  return seconds > 0 ? seconds : null;
}
