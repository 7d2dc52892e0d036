import units from '../../data/time-units.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Step } from './ref.ts';
import type { Scope } from './scope.ts';
import { intervalSeconds } from './sql-age.ts';

const SECONDS: Record<string, number> = units.seconds;
const DEPTH = 5;
/** Comparisons that keep what is older than the value: Prisma's and Sequelize's `lt`, Mongo's `$lt`, TypeORM's `LessThan`, Drizzle's `lt`. */
const BELOW = new Set(['lt', 'lte', '$lt', '$lte']);
const LESS_THAN = new Set(['LessThan', 'LessThanOrEqual', 'lt', 'lte']);
/** Calls that join conditions: Drizzle's `and(...)`, TypeORM's `And(...)`; their arguments are conditions. */
const JOINS = new Set(['and', 'And']);
/** A date's value in another form: `cutoff.toISOString()`, `d.getTime()`, `dayjs(...).toDate()`. */
const SAME_TIME = new Set(['toISOString', 'getTime', 'valueOf', 'toDate', 'toJSDate', 'toISO', 'toMillis', 'toJSON', 'toUTCString']);
/** date-fns's `subDays(new Date(), 30)`, and its units. */
const SUBTRACT: Record<string, string> = { subSeconds: 'second', subMinutes: 'minute', subHours: 'hour', subDays: 'day', subWeeks: 'week', subMonths: 'month', subYears: 'year' };
/** A unit as Day.js, Moment and Luxon name it: `'day'`, `'days'`, `'d'`, `{ days: 30 }`. */
const UNIT = /^(second|minute|hour|day|week|month|year)s?$/i;
const SHORT: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', M: 'month', y: 'year' };

/** A Date's setters that move one of its parts (`setDate(getDate() - 30)`), and the part's unit; `setTime` counts milliseconds. */
export const DATE_SETTERS: Record<string, string> = {
  setSeconds: 'second', setMinutes: 'minute', setHours: 'hour', setDate: 'day', setMonth: 'month', setFullYear: 'year',
  setUTCSeconds: 'second', setUTCMinutes: 'minute', setUTCHours: 'hour', setUTCDate: 'day', setUTCMonth: 'month', setUTCFullYear: 'year', setTime: 'millisecond',
};

const unitSeconds = (name: string): number | undefined => {
  const unit = UNIT.exec(name)?.[1]?.toLowerCase() ?? SHORT[name];
  return unit === undefined ? undefined : SECONDS[unit];
};

/** A number the code states: a literal, a constant (`RETENTION_DAYS`, `config.retentionDays`, an imported one), or arithmetic of those. */
export function numberOf(scope: Scope, expr: Node | null | undefined, depth = 0): number | null {
  if (!expr || depth > DEPTH) return null;
  const node = unwrap(expr);
  // Arithmetic takes no step of depth (`24 * 60 * 60 * 1000` nests three deep): only a name followed to its value does.
  if (node.type === 'BinaryExpression' && /^[*/+-]$/.test(node.operator)) {
    const left = numberOf(scope, node.left, depth);
    const right = left === null ? null : numberOf(scope, node.right, depth);
    if (left === null || right === null) return null;
    return node.operator === '*' ? left * right : node.operator === '/' ? left / right : node.operator === '+' ? left + right : left - right;
  }
  if (node.type === 'Literal') return typeof node.value === 'number' ? node.value : null;
  // `const DAY_MS = 24 * 60 * 60 * 1000`, `config.retentionDays` of a constant object: the arithmetic of the value bound.
  const bound = node.type === 'Identifier' ? scope.lookup(node.name)?.init : node.type === 'MemberExpression' ? scope.memberValue(node) : null;
  if (bound != null) return numberOf(scope, bound, depth + 1);
  const text = scope.str(node);
  const value = text === null || !/^\s*-?\d+(?:\.\d+)?(?:e\d+)?\s*$/i.test(text) ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Whether an expression is the time now: `Date.now()`, `new Date()`, `new Date().getTime()`, `dayjs()`, `moment()`, Luxon's `DateTime.now()`. */
export function isNow(scope: Scope, expr: Node, depth: number): boolean {
  const node = unwrap(expr);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    return depth < DEPTH && b?.init != null && !b.grown && b.setBack === undefined && isNow(scope, b.init, depth + 1);
  }
  if (node.type === 'NewExpression') return unwrap(node.callee).type === 'Identifier' && unwrap(node.callee).name === 'Date' && node.arguments.length === 0;
  if (node.type === 'UnaryExpression' && node.operator === '+') return isNow(scope, node.argument, depth + 1);
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  if (callee.type === 'Identifier') return (callee.name === 'dayjs' || callee.name === 'moment') && node.arguments.length === 0;
  if (callee.type !== 'MemberExpression') return false;
  const name = propertyName(callee.property, callee.computed);
  const object = unwrap(callee.object);
  if (name === 'now' && object.type === 'Identifier' && (object.name === 'Date' || object.name === 'DateTime')) return true;
  if ((name === 'utc' || name === 'local') && object.type === 'Identifier') return node.arguments.length === 0;
  return name !== null && SAME_TIME.has(name) && isNow(scope, object, depth + 1);
}

/**
 * How long before now a cut-off time is, in seconds: `new Date(Date.now() - RETENTION_DAYS * 86400000)`, `Date.now() - 30 * DAY_MS`,
 * `subDays(new Date(), 30)`, `dayjs().subtract(30, 'day')`, `DateTime.now().minus({ days: 30 })`, `sql\`now() - interval '30 days'\``;
 * null when it is no such time.
 */
export function cutoffAge(scope: Scope, expr: Node | null | undefined, depth = 0): number | null {
  if (!expr || depth > DEPTH) return null;
  const node = unwrap(expr);
  const deeper = (n: Node | null | undefined) => cutoffAge(scope, n, depth + 1);
  switch (node.type) {
    case 'Identifier': {
      const b = scope.lookup(node.name);
      if (b?.setBack !== undefined) return b.setBack;
      return b?.init != null && !b.grown ? deeper(b.init) : null;
    }
    case 'AwaitExpression':
      return deeper(node.argument);
    case 'NewExpression':
      return unwrap(node.callee).type === 'Identifier' && unwrap(node.callee).name === 'Date' && node.arguments.length === 1 ? deeper(node.arguments[0]) : null;
    case 'BinaryExpression': {
      if (node.operator !== '-' || !isNow(scope, node.left, depth)) return null;
      const ms = numberOf(scope, node.right);
      return ms !== null && ms > 0 ? ms / 1000 : null;
    }
    case 'TaggedTemplateExpression':
    case 'TemplateLiteral':
    case 'Literal': {
      const text = scope.str(node);
      return text === null || !/\bnow\(\)|current_timestamp/i.test(text) ? null : intervalSeconds(text);
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      const args = node.arguments as Node[];
      if (callee.type === 'Identifier' && Object.hasOwn(SUBTRACT, callee.name) && args[0] !== undefined && isNow(scope, args[0], depth)) {
        const count = numberOf(scope, args[1]);
        return count !== null && count > 0 ? count * SECONDS[SUBTRACT[callee.name]!]! : null;
      }
      if (callee.type !== 'MemberExpression') return null;
      const name = propertyName(callee.property, callee.computed);
      if (name !== null && SAME_TIME.has(name)) return deeper(callee.object);
      // knex's `db.raw("now() - interval '180 days'")`: the SQL text it stands for.
      if (name === 'raw' && args.length >= 1) return deeper(args[0]);
      if ((name === 'subtract' || name === 'minus') && isNow(scope, callee.object, depth)) return subtracted(scope, args);
      return null;
    }
    default:
      return null;
  }
}

/**
 * `cutoff.setDate(cutoff.getDate() - 30)` on a date made now (`const cutoff = new Date()`): the date is now that long ago, which the
 * name's binding keeps (see `cutoffAge`).
 */
export function dateMovedBack(scope: Scope, call: Node, setter: string): void {
  const callee = unwrap(call.callee);
  const target = callee.type === 'MemberExpression' ? unwrap(callee.object) : null;
  const b = target?.type === 'Identifier' ? scope.lookup(target.name) : undefined;
  const arg = call.arguments.length === 1 ? unwrap(call.arguments[0]) : null;
  if (!b || arg?.type !== 'BinaryExpression' || arg.operator !== '-') return;
  const getter = unwrap(arg.left);
  const read = getter.type === 'CallExpression' ? unwrap(getter.callee) : null;
  const same = read?.type === 'MemberExpression' && propertyName(read.property, read.computed) === `get${setter.slice(3)}` && unwrap(read.object).type === 'Identifier' && unwrap(read.object).name === target!.name;
  const from = b.setBack ?? (b.init != null && !b.grown && isNow(scope, b.init, 0) ? 0 : null);
  const count = same && from !== null ? numberOf(scope, arg.right) : null;
  const unit = DATE_SETTERS[setter]!;
  if (count !== null && count > 0) b.setBack = from! + count * (unit === 'millisecond' ? 0.001 : SECONDS[unit]!);
}

/** Day.js's and Moment's `subtract(30, 'days')`, Luxon's `minus({ days: 30 })`, in seconds. */
function subtracted(scope: Scope, args: Node[]): number | null {
  const first = args[0] ? unwrap(args[0]) : null;
  if (first?.type === 'ObjectExpression') {
    let total = 0;
    for (const p of first.properties as Node[]) {
      const size = p.type === 'Property' ? unitSeconds(propertyName(p.key, p.computed) ?? '') : undefined;
      const count = size === undefined ? null : numberOf(scope, p.value);
      if (count === null) return null;
      total += count * size!;
    }
    return total > 0 ? total : null;
  }
  const count = numberOf(scope, first);
  const size = unitSeconds(scope.str(args[1]) ?? '');
  return count !== null && count > 0 && size !== undefined ? count * size : null;
}

/**
 * A column that holds when a record expires, not when it was made (`expiresAt`, `valid_until`): a record past it by some time is no
 * record of that age.
 */
export const EXPIRY = /expir|deadline|until|due|valid/i;
/** The column Drizzle's `lt(notes.createdAt, cutoff)` compares. */
const columnName = (column: Node): string => {
  const node = unwrap(column);
  return node.type === 'MemberExpression' ? propertyName(node.property, node.computed) ?? '' : '';
};

/** The name of an object's key, `[Op.lt]` (Sequelize's operator) as `lt`. */
function keyName(prop: Node): string | null {
  const key = unwrap(prop.key);
  if (prop.computed && key.type === 'MemberExpression') return propertyName(key.property, key.computed);
  return propertyName(key, prop.computed);
}

/**
 * The age past which a delete's filter removes records, in seconds: `{ where: { createdAt: { lt: cutoff } } }` (Prisma, Sequelize's
 * `[Op.lt]`), `{ createdAt: { $lt: cutoff } }` (MongoDB), `{ createdAt: LessThan(cutoff) }` (TypeORM), `lt(notes.createdAt, cutoff)`
 * (Drizzle), knex's `.where('created_at', '<', cutoff)`; null when it keeps no such age.
 */
export function filterAge(scope: Scope, args: readonly Node[], depth = 0): number | null {
  // knex's `where(column, '<', value)`.
  if (args.length === 3 && /^<=?$/.test(scope.str(args[1]) ?? '')) return EXPIRY.test(scope.str(args[0]) ?? '') ? null : cutoffAge(scope, args[2]);
  for (const arg of args) {
    const age = conditionAge(scope, arg, depth);
    if (age !== null) return age;
  }
  return null;
}

function conditionAge(scope: Scope, expr: Node | null | undefined, depth: number): number | null {
  if (!expr || depth > DEPTH) return null;
  const node = unwrap(expr);
  switch (node.type) {
    case 'Identifier': {
      const b = scope.lookup(node.name);
      const init = b?.init != null && !b.grown ? unwrap(b.init) : null;
      return init?.type === 'ObjectExpression' ? conditionAge(scope, init, depth + 1) : null;
    }
    case 'ObjectExpression':
      for (const p of node.properties as Node[]) {
        if (p.type !== 'Property') continue;
        const name = keyName(p);
        if (name !== null && EXPIRY.test(name)) continue;
        const age = name !== null && BELOW.has(name) ? cutoffAge(scope, p.value) : conditionAge(scope, p.value, depth + 1);
        if (age !== null) return age;
      }
      return null;
    case 'ArrayExpression':
      return filterAge(scope, (node.elements as Array<Node | null>).filter((e): e is Node => e !== null), depth + 1);
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
      const args = node.arguments as Node[];
      if (name !== null && LESS_THAN.has(name)) return args.length > 1 && EXPIRY.test(columnName(args[0]!)) ? null : cutoffAge(scope, args[args.length - 1]);
      return name !== null && JOINS.has(name) ? filterAge(scope, args, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** The age a delete's own arguments, or the calls its chain makes in the same expression (`knex('notes').where(...).del()`), filter by. */
export function deleteAge(scope: Scope, call: Node, steps: readonly Step[]): number | null {
  for (const { call: c } of steps) {
    if (c?.type !== 'CallExpression' || c.start < call.start || c.end > call.end) continue;
    const age = filterAge(scope, c.arguments as Node[]);
    if (age !== null) return age;
  }
  return null;
}

/**
 * What an SQL delete's parameters (`pool.query('DELETE FROM notes WHERE created_at < $1', [cutoff])`) stand for where they give an
 * age (or a prepared statement's `run(cutoff)`): a cut-off time as `now() - interval 'N seconds'`, a number (`make_interval(days => $1)` with `[RETENTION_DAYS]`) as itself.
 */
export function sqlParamAges(scope: Scope, values: Node | readonly Node[] | null | undefined): Array<string | null> {
  let list = values && !Array.isArray(values) ? unwrap(values as Node) : null;
  if (list?.type === 'Identifier') {
    const b = scope.lookup(list.name);
    list = b?.init != null && !b.grown ? unwrap(b.init) : null;
  }
  const elements = Array.isArray(values) ? values as readonly Node[] : list?.type === 'ArrayExpression' ? list.elements as Array<Node | null> : [];
  return elements.map((e) => {
    const age = e === null ? null : cutoffAge(scope, e);
    if (age !== null) return `now() - interval '${age} seconds'`;
    const n = numberOf(scope, e);
    return n === null ? null : String(n);
  });
}

/** An SQL text with its parameters (`$1`, `?`) replaced by what `sqlParamAges` gives for them, where it gives something. */
export function withParams(sql: string, params: ReadonlyArray<string | null>): string {
  if (params.every((p) => p === null)) return sql;
  let next = 0;
  return sql.replace(/\$(\d+)\b|\?/g, (whole, n: string | undefined) => params[n === undefined ? next++ : Number(n) - 1] ?? whole);
}
