import { isFunction, propertyName, someChild, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';
import { onlyValue } from './flow.ts';
import { CHOICE, CHOICES, HOLE, importedMark } from './string-marks.ts';
import { returnedChoices } from './evaluate.ts';
import { exportTarget } from './exports.ts';
import { moduleEnums } from './enums.ts';
import { globalValues } from './global-values.ts';
import { declaredModel, factoryModel, isModelRegistry, localModel, madeModel, MODEL_REGISTRY, MODEL_SUFFIX } from './detectors/models.ts';
import { declaredTable, isKnexBuilder, isKnexClient, isPrismaClient, isSupabaseClient, KNEX_BUILDER, KNEX_CLIENT, KNEX_SUFFIX, PRISMA_SUFFIX, SUPABASE_SUFFIX, TABLE_SUFFIX } from './detectors/orm.ts';
import { classClients, isKvClient, KV_SUFFIX } from './detectors/kv-clients.ts';
import { QUEUE_SUFFIX, queueKeyOf } from './detectors/queues.ts';
import { COLLECTION_SUFFIX, isMongoClient, MONGO_SUFFIX, returnedCollection } from './detectors/mongo.ts';

const MAX_DEPTH = 4;
/** Enough for any constants module; a big exported data table is not where paths and hosts come from. */
const MAX_ENTRIES = 500;
const ONLY_HOLES = new RegExp(`^${HOLE}*$`);

/**
 * The constant strings a module exports, under the names importers read them by: `export const`,
 * `export { a as b }`, `export default`, `module.exports = {...}`, `exports.x = ...`; object members as
 * `NAME.member` (`default.member` for a default-exported object), key builders as `name()`. Run after
 * the walk, so a name or CommonJS export assigned again anywhere in the module is left out.
 */
export function exportedConstants(program: Node, scope: Scope): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, expr: Node | null | undefined, depth = 0): void => {
    if (!expr || depth > MAX_DEPTH || out.size >= MAX_ENTRIES) return;
    const node = frozen(unwrap(expr));
    if (node.type === 'ObjectExpression') {
      for (const p of node.properties as Node[]) {
        const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
        if (key !== null) add(`${name}.${key}`, p.value, depth + 1);
      }
      return;
    }
    if (isFunction(node)) {
      // `export const UserModel = (sequelize, DataTypes) => sequelize.define('users', {...})`: the model its callers make.
      const made = factoryModel(scope, node, returnedValue(node));
      if (made !== null) return void out.set(`${name}()${MODEL_SUFFIX}`, made);
      // `export function getDb() { return new PrismaClient(); }`: the client its callers query (`getDb().user.create(...)`).
      if (setClient(out, `${name}()`, clientOf(scope, returnedValue(node)))) return;
      // `export function users(db) { return db.collection('users'); }`: the collection its callers query (`users(db).insertOne(row)`).
      const collection = returnedCollection(scope, returnedValue(node));
      if (collection !== null) {
        out.set(`${name}()${MONGO_SUFFIX}`, 'mongo');
        if (collection !== '') out.set(`${name}()${COLLECTION_SUFFIX}`, collection);
        return;
      }
      const value = scope.returnedStr(node);
      if (value !== null && !ONLY_HOLES.test(value)) out.set(`${name}()`, value);
      else {
        // `export function eventType(kind) { if (kind === 'build') return 'builds'; return 'deployments'; }`,
        // `export const pathOf = (kind) => kind === 'a' ? '/rest/api/3/a' : '/rest/api/3/b'`: each constant it may return.
        const choices = returnedChoices(scope, node);
        if (choices) return void out.set(`${name}()${CHOICES}`, choices.join(CHOICE));
        // `export const postOf = (body) => ({ method: 'POST', body })`: the fields of what it returns (`postOf().method`).
        const returned = value === null ? returnedObject(scope, node) : null;
        if (returned) add(`${name}()`, returned, depth + 1);
      }
      return;
    }
    // A Sequelize or Mongoose model (`export class User extends Model`, `export default mongoose.model('User', schema)`).
    const className = node.type === 'Identifier' ? node.name : node.type === 'ClassDeclaration' ? node.id?.name : undefined;
    const model = className && scope.classes.has(className) ? localModel(scope, className) : node.type === 'CallExpression' || node.type === 'LogicalExpression' ? declaredModel(scope, node) : null;
    if (model) return void out.set(`${name}${MODEL_SUFFIX}`, model.table);
    if (node.type === 'CallExpression' && isKnexClient(scope, node)) return void out.set(`${name}${KNEX_SUFFIX}`, isKnexBuilder(scope, node) ? KNEX_BUILDER : KNEX_CLIENT);
    if ((node.type === 'NewExpression' || node.type === 'LogicalExpression') && isPrismaClient(scope, node)) return void out.set(`${name}${PRISMA_SUFFIX}`, 'prisma');
    if (isKvClient(scope, node)) return void out.set(`${name}${KV_SUFFIX}`, 'kv');
    if (isSupabaseClient(scope, node)) return void out.set(`${name}${SUPABASE_SUFFIX}`, 'supabase');
    // `export default client.connect()`: the promise of a connected MongoDB client, Next.js's `clientPromise`.
    if (node.type === 'CallExpression' && isMongoClient(scope, node)) return void out.set(`${name}${MONGO_SUFFIX}`, 'mongo');
    // A Forge queue other modules push to (`export const jobs = new Queue({ key: 'jobs' })`): its key.
    const queue = queueKeyOf(scope, node);
    if (queue !== null) return void out.set(`${name}${QUEUE_SUFFIX}`, queue);
    if (node.type === 'Identifier') {
      const binding = scope.lookup(node.name);
      if (binding?.declaration) return add(name, binding.declaration, depth + 1);
      // Reassigned, or declared without a value: not a constant.
      if (binding && !binding.init) return;
      const init = binding?.init ? frozen(unwrap(binding.init)) : null;
      if (init && (init.type === 'ObjectExpression' || isFunction(init))) return add(name, init, depth + 1);
      const initQueue = init ? queueKeyOf(scope, init) : null;
      if (initQueue !== null) return void out.set(`${name}${QUEUE_SUFFIX}`, initQueue);
      // A Drizzle table (`export const users = mysqlTable('users', {...})`), for the queries of other modules.
      const table = init ? declaredTable(scope, init) : null;
      if (table !== null) return void out.set(`${name}${TABLE_SUFFIX}`, table);
      const declared = declaredModel(scope, init ?? null);
      if (declared) return void out.set(`${name}${MODEL_SUFFIX}`, declared.table);
      // `export const User = UserModel(sequelize, DataTypes)`: the model another module's function makes.
      const made = init ? madeModel(scope, init) : null;
      if (made !== null) return void out.set(`${name}${MODEL_SUFFIX}`, made);
      // `export const prisma = getPrismaClient()`, `export const db = knex(config)`, `export const redis = new Redis(url)`.
      if (init && setClient(out, name, clientOf(scope, init))) return;
    }
    // `export default globalThis.prisma`.
    if (node.type === 'MemberExpression' && setClient(out, name, clientOf(scope, node))) return;
    const value = scope.str(node);
    if (value !== null && !ONLY_HOLES.test(value)) out.set(name, value);
  };

  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'ExportNamedDeclaration' && !stmt.source) {
      const d = stmt.declaration;
      if (d?.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier') add(v.id.name, v.id);
      if (d?.type === 'FunctionDeclaration' && d.id) add(d.id.name, d);
      if (d?.type === 'ClassDeclaration' && d.id) add(d.id.name, d.id);
      if (d?.type === 'ClassDeclaration' && d.id) for (const member of classClients(scope, d)) out.set(`${d.id.name}.${member}${KV_SUFFIX}`, 'kv');
      if (d?.type === 'TSEnumDeclaration') for (const [member, value] of moduleEnums(program).get(d.id.name) ?? []) add(`${d.id.name}.${member}`, value);
      for (const s of stmt.specifiers as Node[]) {
        const exported = propertyName(s.exported);
        if (exported !== null && s.local.type === 'Identifier') add(exported, s.local);
      }
    } else if (stmt.type === 'ExportDefaultDeclaration') {
      if (isModelRegistry(scope, stmt.declaration)) out.set(MODEL_REGISTRY, MODEL_REGISTRY);
      else add('default', stmt.declaration);
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression' && stmt.expression.operator === '=') {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      // Assigned again, maybe at run time (`exports.BASE = base` in a function): not a constant.
      if (target === null || (scope.exportWrites.get(target) ?? 0) > 1) continue;
      if (target !== '*') {
        add(target, right);
        continue;
      }
      if (isModelRegistry(scope, right)) {
        out.set(MODEL_REGISTRY, MODEL_REGISTRY);
        continue;
      }
      // `module.exports = { API_URL, ... }`: its members are what `require` and named imports read.
      const value = objectOf(right, scope);
      if (value) for (const p of value.properties as Node[]) {
        const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
        if (key !== null) add(key, p.value);
      }
      else add('default', right);
    }
  }
  return out;
}

/** `Object.freeze(x)` -> `x`. */
function frozen(node: Node): Node {
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return node;
  const callee = unwrap(node.callee);
  const isFreeze = callee.type === 'MemberExpression' && propertyName(callee.property) === 'freeze' && unwrap(callee.object).type === 'Identifier' && unwrap(callee.object).name === 'Object';
  return isFreeze ? unwrap(node.arguments[0]) : node;
}

function objectOf(expr: Node, scope: Scope): Node | null {
  let node = frozen(unwrap(expr));
  if (node.type === 'Identifier') {
    const init = scope.lookup(node.name)?.init;
    node = init ? frozen(unwrap(init)) : node;
  }
  return node.type === 'ObjectExpression' ? node : null;
}

/**
 * The object literal a function returns: directly, through calls of the module's functions (`return optionsOf(body)`), or
 * through a name its body declares and assigns (`let options = null; if (...) options = make(id); return options;`), when every
 * value it may return (null aside) is that one literal; else null.
 */
export function returnedObject(scope: Scope, fn: Node, depth = 0): Node | null {
  const returned = depth > MAX_DEPTH || !isFunction(fn) ? null : returnedValue(fn);
  if (!returned) return null;
  const node = unwrap(returned);
  if (node.type !== 'Identifier' || fn.body?.type !== 'BlockStatement') return literalOf(scope, node, depth);
  // What the body gives the name (`let x = ...`, `x = ...`), nested functions and null literals left out: the walk ends at
  // the first value that is no object literal, or another one.
  const name = node.name as string;
  let found: Node | null = null;
  const differs = (at: Node): boolean => {
    if (isFunction(at)) return false;
    const value = at.type === 'VariableDeclarator' && at.id.type === 'Identifier' && at.id.name === name ? at.init
      : at.type === 'AssignmentExpression' && at.operator === '=' && at.left.type === 'Identifier' && at.left.name === name ? at.right : null;
    if (value && !(value.type === 'Literal' && value.value === null)) {
      const object = literalOf(scope, value, depth);
      if (!object || (found && found !== object)) return true;
      found = object;
    }
    return someChild(at, differs);
  };
  return someChild(fn.body, differs) ? null : found;
}

function literalOf(scope: Scope, value: Node, depth: number): Node | null {
  const node = unwrap(value);
  if (node.type === 'ObjectExpression') return node;
  const callee = node.type === 'CallExpression' ? unwrap(node.callee) : null;
  const binding = callee?.type === 'Identifier' ? scope.lookup(callee.name) : undefined;
  const fn = binding?.init ?? binding?.declaration;
  return fn ? returnedObject(scope, unwrap(fn), depth + 1) : null;
}

/** The one value a function returns (its expression body, or its only `return`), or null. */
export function returnedValue(fn: Node): Node | null {
  if (fn.body?.type !== 'BlockStatement') return fn.body ?? null;
  const returns = (fn.body.body as Node[]).filter((s) => s.type === 'ReturnStatement');
  return returns.length === 1 ? returns[0]!.argument : null;
}

/**
 * The Prisma, Knex or Supabase client an expression is, as `[suffix, value]` entries for the module's exports: one made here,
 * kept in a module variable (`if (!prisma) prisma = new PrismaClient(); return prisma;`), returned by a function of the
 * module (`getPrismaClient()`), or another module's (`import prisma from './prisma-local'`, `getClient()` imported), which
 * the scan reads from that module (an imported mark under each suffix); null for anything else.
 */
function clientOf(scope: Scope, value: Node | null, depth = 0): Array<[string, string]> | null {
  let node = value ? unwrap(value) : null;
  if (!node || depth > MAX_DEPTH) return null;
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    if (!b) return importedClient(scope, node.name, '');
    const given = b.init ?? (b.values?.length ? onlyValue(b.values) : null);
    node = given ? unwrap(given) : null;
    if (!node) return null;
  }
  if (isPrismaClient(scope, node)) return [[PRISMA_SUFFIX, 'prisma']];
  if (isMongoClient(scope, node)) return [[MONGO_SUFFIX, 'mongo']];
  // `globalThis.prisma` of `globalThis.prisma = new PrismaClient()`.
  if (node.type === 'MemberExpression') {
    for (const kept of globalValues(scope, node)) {
      const client = clientOf(scope, kept, depth + 1);
      if (client?.length === 1) return client;
    }
    return null;
  }
  if (isKnexClient(scope, node)) return [[KNEX_SUFFIX, isKnexBuilder(scope, node) ? KNEX_BUILDER : KNEX_CLIENT]];
  if (isKvClient(scope, node)) return [[KV_SUFFIX, 'kv']];
  if (isSupabaseClient(scope, node)) return [[SUPABASE_SUFFIX, 'supabase']];
  const callee = node.type === 'CallExpression' && node.arguments.length === 0 ? unwrap(node.callee) : null;
  if (callee?.type !== 'Identifier') return null;
  const b = scope.lookup(callee.name);
  if (!b) return importedClient(scope, callee.name, '()');
  const fn = b.topFunction ? (b.init ? unwrap(b.init) : b.declaration) : null;
  return fn && isFunction(fn) ? clientOf(scope, returnedValue(fn), depth + 1) : null;
}

/** Sets a client's entries; true when it is one for certain (made in this module), not only maybe another module's. */
function setClient(out: Map<string, string>, name: string, client: Array<[string, string]> | null): boolean {
  for (const [suffix, value] of client ?? []) out.set(`${name}${suffix}`, value);
  return client?.length === 1;
}

/** An import from another module of the app, which may be a client there: marks for the scan to fill in. */
function importedClient(scope: Scope, name: string, call: string): Array<[string, string]> | null {
  const imported = scope.mod.imports.get(name);
  if (!imported || !scope.isAppModule(imported.module) || imported.imported === '*') return null;
  const ref = `${imported.module}#${imported.imported}${call}`;
  return [PRISMA_SUFFIX, KNEX_SUFFIX, SUPABASE_SUFFIX, MONGO_SUFFIX].map((suffix) => [suffix, importedMark(`${ref}${suffix}`)]);
}
