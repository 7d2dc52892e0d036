import { propertyName, unwrap, type Node } from '../ast.ts';
import type { Ref } from '../ref.ts';
import type { Scope } from '../scope.ts';

/** Where a MongoDB client or database made in another module is read from: `./lib/db#db@mongo`, `./lib/db#getDb()@mongo`. */
export const MONGO_SUFFIX = '@mongo';
/** The name of the collection a module's function returns: `./lib/db#users()@collection`. */
export const COLLECTION_SUFFIX = '@collection';
const MONGODB = 'mongodb';
const MONGOOSE = 'mongoose';
/** The driver's types a parameter holding a collection is given (`users: Collection<User>`). */
const COLLECTION_TYPES = new Set(['Collection']);

/**
 * A client or database of the MongoDB driver: `new MongoClient(url)`, `client.db('app')`, `MongoClient.connect(url)`, `await clientPromise`
 * of one; or Mongoose's connection, whose collections are the driver's (`mongoose.connection.db`, `mongoose.createConnection(url)`).
 */
export function isMongoClient(scope: Scope, expr: Node): boolean {
  const node = unwrap(expr);
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression' && node.type !== 'Identifier' && node.type !== 'MemberExpression') return false;
  const ref = scope.ref(node);
  if (ref.root !== 'import') return false;
  if (ref.module === MONGOOSE) return isConnection(ref);
  return ref.module === MONGODB && ref.steps.some((s) => s.call !== null || s.name === 'new');
}

/** `mongoose.connection`, `mongoose.createConnection(url)` and what they hold (`.db`). */
export function isConnection(ref: Ref): boolean {
  return ref.steps.some((s) => s.name === 'connection' || (s.name === 'createConnection' && s.call !== null));
}

/**
 * A collection's query on an object another module of the app exports (`import { db } from './db'`, `getDb()` imported, a
 * default-exported `clientPromise`): where the scan reads whether that module makes a MongoDB client (`./db#getDb()`), else null.
 */
export function importedMongo(scope: Scope, ref: Ref): string | null {
  if (ref.root !== 'import' || ref.module === null || ref.imported === undefined || ref.imported === '*' || !scope.isAppModule(ref.module)) return null;
  const first = ref.steps[0];
  const called = first?.call != null && (first.name === ref.imported || (ref.imported === 'default' && first.name === ''));
  return `${ref.module}#${ref.imported}${called ? '()' : ''}`;
}

/** `sessions.findOne(...)` with `sessions: Collection<Session>` of the driver's types: a query of a collection the callers hand in. */
export function typedCollection(scope: Scope, callee: Node): boolean {
  const object = callee.type === 'MemberExpression' ? unwrap(callee.object) : null;
  const typed = object?.type === 'Identifier' ? scope.lookup(object.name)?.typed : undefined;
  if (typed === undefined || !COLLECTION_TYPES.has(typed)) return false;
  return (scope.mod.typeImports.get(typed) ?? scope.mod.imports.get(typed))?.module === MONGODB;
}

/**
 * `export const users = (db) => db.collection('users')` in a module that uses the driver: a function whose callers query the
 * collection it returns (`users(db).insertOne(row)`): its name ('' when not a constant), else null.
 */
export function returnedCollection(scope: Scope, returned: Node | null): string | null {
  const node = returned ? unwrap(returned) : null;
  if (node?.type !== 'CallExpression') return null;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'collection') return null;
  if (!scope.mod.specifiers.some((s) => s.module === MONGODB)) return null;
  return scope.str(node.arguments[0]) ?? '';
}
