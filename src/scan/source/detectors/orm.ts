import type { StorageBackend, StorageOp } from '../../facts.ts';
import { propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { Scope } from '../scope.ts';
import { importedMark } from '../string-marks.ts';
import orm from '../../../data/orm-clients.json' with { type: 'json' };

const { drizzle } = orm;
const INSERT = new Set(drizzle.insert);
const UPDATE = new Set(drizzle.update);
const DELETE = new Set(drizzle.delete);
const SELECT = new Set(drizzle.select);
const SELECT_FROM = new Set(drizzle.selectFrom);
const TABLES = new Set(drizzle.tables);
const VERSIONED_OBJECTS = new Set(drizzle.versioned.objects);
const VERSIONED: Record<string, { op: string; table: number; value?: number }> = drizzle.versioned.methods;
/** Where a table declared in another module is read from: `./schema#users@table`. */
export const TABLE_SUFFIX = '@table';
/** Where a Knex client made in another module is read from: `./db#db@knex`. */
export const KNEX_SUFFIX = '@knex';
/** Where a Prisma client made in another module is read from: `./lib/prisma#prisma@prisma`. */
export const PRISMA_SUFFIX = '@prisma';
/** The mark, in a module's constants, of an export that is a Supabase client. */
export const SUPABASE_SUFFIX = '@supabase';
const SUPABASE_FACTORIES = new Set(['createClient', 'createServerClient', 'createBrowserClient']);

export interface OrmOp {
  op: StorageOp['op'];
  /** The table's name, an imported table's mark, or null. */
  table: string | null;
  api: string;
  /** What a write stores: the row of `values(row)`, the values of `set(values)`. */
  value: Node | null;
  /** The object is the ORM's own (`drizzle(...)`, `new ForgeSQL()`), not one imported from the app's other modules. */
  direct: boolean;
  backend: StorageBackend;
  /** For a client imported from the app's modules, the mark of what that module says it is (`./db#db@knex`). */
  client?: string;
  /** A Knex client made without a connection: it only writes the SQL text something else runs (see `isKnexBuilder`). */
  builder?: boolean;
}

/** Whether a module is Drizzle's or forge-sql-orm's (`drizzle-orm/mysql-proxy`). */
export function isDrizzleModule(module: string): boolean {
  const name = module.split('/')[0]!;
  return drizzle.packages.includes(name) || drizzle.forgeSql.includes(name);
}

export function isForgeSqlOrm(module: string): boolean {
  return drizzle.forgeSql.includes(module.split('/')[0]!);
}

/**
 * A Drizzle query on a table (`db.insert(users).values(row)`, `db.update(users).set(v)`, `db.delete(users)`,
 * `db.select().from(users)`, forge-sql-orm's `forgeSQL.selectFrom(users)` and versioned operations); null for any other call.
 */
export function drizzleOp(site: CallSite, ctx: FileContext, names: string[], last: string): OrmOp | null {
  const prev = names[names.length - 2] ?? '';
  let op: StorageOp['op'] = 'query';
  let verb = '';
  let tableCall: Node | null | undefined;
  const steps = site.ref.steps;
  if (last === 'values' && INSERT.has(prev)) [op, verb, tableCall] = ['write', prev, steps[steps.length - 2]?.call];
  else if (last === 'set' && UPDATE.has(prev)) [op, verb, tableCall] = ['write', prev, steps[steps.length - 2]?.call];
  else if (DELETE.has(last) && site.node.arguments.length === 1) [op, verb, tableCall] = ['delete', last, site.node];
  else if (last === 'from' && SELECT.has(prev)) [op, verb, tableCall] = ['read', 'select', site.node];
  else if (SELECT_FROM.has(last)) [op, verb, tableCall] = ['read', last, site.node];
  let [tableAt, valueAt] = [0, 0];
  // forge-sql-orm's versioned operations: `forgeSQL.modifyWithVersioning().insert(table, rows)`, `updateById(values, table)`.
  const versioned = VERSIONED_OBJECTS.has(prev) && Object.hasOwn(VERSIONED, last) ? VERSIONED[last]! : null;
  if (versioned) [op, verb, tableCall, tableAt, valueAt] = [versioned.op as StorageOp['op'], last, site.node, versioned.table, versioned.value ?? 0];
  else if (tableCall === undefined) return null;
  const arg = tableCall?.arguments[tableAt];
  if (!arg) return null;
  const { ref, module } = site;
  const table = tableName(ctx.scope, arg);
  const value = op === 'write' ? site.node.arguments[valueAt] ?? null : null;
  if (module !== null && ref.root === 'import' && isDrizzleModule(module)) {
    return { op, table, api: `drizzle.${verb}`, value, direct: true, backend: forgeDriven(ctx.scope, site) ? 'sql' : 'external-db' };
  }
  // A database object of the app's other modules, or one handed in: a query once its table is one the app declares.
  const appObject = (ref.root === 'import' && module !== null && ctx.scope.isAppModule(module)) || ref.root === 'unknown';
  if (!appObject || table === null) return null;
  return { op, table, api: `drizzle.${verb}`, value, direct: false, backend: 'external-db' };
}

/** The object runs on Forge SQL: forge-sql-orm's own, or `drizzle(forgeDriver)`. */
function forgeDriven(scope: Scope, site: CallSite): boolean {
  if (site.module !== null && isForgeSqlOrm(site.module)) return true;
  const driver = site.ref.steps[0]?.call?.arguments[0];
  const from = driver ? scope.ref(driver) : null;
  return from?.root === 'import' && from.module !== null && isForgeSqlOrm(from.module);
}

/** `users` of `const users = mysqlTable('users', ...)` here, or the mark of a table imported from the app's modules. */
function tableName(scope: Scope, arg: Node): string | null {
  const node = unwrap(arg);
  if (node.type === 'Identifier') {
    const binding = scope.lookup(node.name);
    if (binding) return binding.init ? declaredTable(scope, binding.init) : null;
  }
  return scope.importedStr(node, TABLE_SUFFIX);
}

/** The name a Drizzle table builder (`mysqlTable('users', {...})`, `pgTable`) gives its table. */
export function declaredTable(scope: Scope, init: Node): string | null {
  const node = unwrap(init);
  if (node.type !== 'CallExpression') return null;
  const callee = scope.ref(node.callee);
  const builder = callee.root === 'import' && callee.module !== null && callee.module.startsWith('drizzle-orm') ? callee.steps[0]?.name : undefined;
  if (!builder || !TABLES.has(builder) || callee.steps.length !== 1) return null;
  const name = scope.str(node.arguments[0]);
  return name !== null && /^[\w.$-]+$/.test(name) ? name : null;
}

const { knex } = orm;
const KNEX_OPS: Record<string, string> = knex.ops;
const KNEX_TABLES = new Set(knex.tables);
const KNEX_BUILDERS = new Set(knex.builders);

export function isKnexModule(module: string): boolean {
  return knex.packages.includes(module.split('/')[0]!);
}

/** A Knex query on a table: `knex('users').insert(row)`, `db('users').where({ id }).update(values)`, `knex.table('users').del()`. */
export function knexOp(site: CallSite, ctx: FileContext, names: string[], last: string): OrmOp | null {
  if (!Object.hasOwn(KNEX_OPS, last)) return null;
  const { ref, module } = site;
  if (ref.root !== 'import' || module === null) return null;
  const direct = isKnexModule(module);
  if (!direct && !ctx.scope.isAppModule(module)) return null;
  let at = names.length - 2;
  while (at >= 0 && KNEX_BUILDERS.has(names[at]!)) at--;
  const step = ref.steps[at];
  // `knex('users').select('id').first()`: one read, recorded where the chain names it first.
  if (!step?.call || (last === 'first' && names.slice(at + 1, -1).includes('select'))) return null;
  const tableCall = step.name === '' || KNEX_TABLES.has(step.name) || (at === 0 && step.name === ref.imported);
  const table = tableCall ? ctx.scope.str(step.call.arguments[0]) : null;
  if (table === null || !/^[\w.$-]+$/.test(table)) return null;
  const op = KNEX_OPS[last] as StorageOp['op'];
  const value = op === 'write' ? site.node.arguments[0] ?? null : null;
  // `getDb()('users').insert(row)`: the client a function of that module returns.
  const factory = at > 0 && ref.steps[0]!.call !== null && (ref.steps[0]!.name === ref.imported || ref.steps[0]!.name === '');
  const made = direct ? ref.steps[0]?.call : null;
  return {
    op, table, api: `knex.${last}`, value, direct, backend: 'external-db',
    ...(direct ? {} : { client: importedMark(`${module}#${ref.imported}${factory ? '()' : ''}${KNEX_SUFFIX}`) }),
    ...(made && isKnexBuilder(ctx.scope, made) ? { builder: true } : {}),
  };
}

/** What a module says a Knex client it exports is: one that connects, or one that only builds SQL text. */
export const KNEX_CLIENT = 'knex';
export const KNEX_BUILDER = 'knex-builder';

/**
 * Whether a Knex client only builds SQL text: made with a config naming no `connection` (`knex({ client: 'mysql' })`),
 * its queries reach a database only through what is handed their text (`sql.prepare(query.toQuery())` of Forge SQL).
 */
export function isKnexBuilder(scope: Scope, init: Node): boolean {
  const node = unwrap(init);
  if (node.type !== 'CallExpression' || !isKnexClient(scope, node)) return false;
  let config = node.arguments[0] ? unwrap(node.arguments[0]) : null;
  if (config?.type === 'Identifier') {
    const b = scope.lookup(config.name);
    config = b?.init && !b.grown ? unwrap(b.init) : null;
  }
  if (config?.type !== 'ObjectExpression') return false;
  return !(config.properties as Node[]).some((p) => p.type !== 'Property' || propertyName(p.key, p.computed) === 'connection');
}

/** Whether an expression makes a Knex client: `knex(config)`, `require('knex')(config)`. */
export function isKnexClient(scope: Scope, init: Node): boolean {
  const node = unwrap(init);
  if (node.type !== 'CallExpression') return false;
  const made = scope.ref(node);
  return made.root === 'import' && made.module !== null && isKnexModule(made.module) && made.steps.length === 1 && made.steps[0]!.name === '';
}

/**
 * Whether an expression makes a Supabase client: `createClient(url, key)` of `@supabase/supabase-js` (`createServerClient`,
 * `createBrowserClient` of `@supabase/ssr`), also where only one branch does (`url && key ? createClient(url, key) : null`).
 */
export function isSupabaseClient(scope: Scope, init: Node): boolean {
  const node = unwrap(init);
  if (node.type === 'ConditionalExpression') return isSupabaseClient(scope, node.consequent) || isSupabaseClient(scope, node.alternate);
  if (node.type === 'LogicalExpression') return isSupabaseClient(scope, node.left) || isSupabaseClient(scope, node.right);
  if (node.type !== 'CallExpression') return false;
  const made = scope.ref(node);
  return made.root === 'import' && made.module !== null && made.module.startsWith('@supabase/') && made.steps.length === 1 && SUPABASE_FACTORIES.has(made.steps[0]!.name);
}

/** Whether an expression makes a Prisma client: `new PrismaClient()`, `globalForPrisma.prisma ?? new PrismaClient()`, `new PrismaClient().$extends(...)`, `(g.prisma = new PrismaClient())`. */
export function isPrismaClient(scope: Scope, init: Node): boolean {
  const node = unwrap(init);
  if (node.type === 'LogicalExpression') return isPrismaClient(scope, node.left) || isPrismaClient(scope, node.right);
  // `globalForPrisma.prisma ?? (globalForPrisma.prisma = new PrismaClient())`
  if (node.type === 'AssignmentExpression') return node.operator === '=' && isPrismaClient(scope, node.right);
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    return callee.type === 'MemberExpression' && propertyName(callee.property, callee.computed) === '$extends' && isPrismaClient(scope, callee.object);
  }
  if (node.type !== 'NewExpression') return false;
  const made = scope.ref(node.callee);
  return made.root === 'import' && made.module !== null && isPrismaModule(made.module) && made.steps.length === 1 && made.steps[0]!.name === 'PrismaClient';
}

/**
 * A module `PrismaClient` is imported from: `@prisma/client`, or the client `prisma generate` writes where the schema's
 * generator puts it (`output = "../src/generated/prisma"`: `./generated/prisma`, `@/generated/client`, `../prisma/client`).
 */
export function isPrismaModule(module: string): boolean {
  return PRISMA_MODULE.test(module);
}
const PRISMA_MODULE = /^@prisma\/client(?:\/|$)|(?:^|\/)\.?(?:generated|prisma)(?:\/|$)/;
