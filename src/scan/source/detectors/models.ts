import type { StorageOp } from '../../facts.ts';
import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { Scope } from '../scope.ts';
import orm from '../../../data/orm-clients.json' with { type: 'json' };

/** Where a model declared in another module is read from: `./models/user#User@model`. */
export const MODEL_SUFFIX = '@model';

type OpSpec = { op: string; value?: number };
// Where both have a call (`create`, `findOne`), Sequelize and Mongoose agree on what it does.
const OPS: Record<string, OpSpec> = { ...orm.mongoose.ops, ...orm.sequelize.ops };
const RECORD_OPS: Record<string, OpSpec> = orm.instances.ops;
const FINDERS = new Set(orm.instances.finders);
const ARRAY_FINDERS = new Set(orm.instances.arrayFinders);
const BOOKSHELF_OPS: Record<string, OpSpec> = orm.bookshelf.ops;
const BOOKSHELF_STARTS = new Set(orm.bookshelf.starts);

export interface ModelOp {
  op: StorageOp['op'];
  /** The model's table or collection, or an imported model's mark. */
  table: string | null;
  api: string;
  value: Node | null;
  /** What else the write stores: the attributes `save` is handed besides the model's own. */
  also?: Node;
  /** The model is declared in this module. */
  direct: boolean;
  /** A member of another module that may gather the app's models by name (`db.User`): the mark the scan resolves. */
  registry?: string;
}

function packageOf(module: string): Model['orm'] | null {
  const name = module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!;
  return orm.sequelize.packages.includes(name) ? 'sequelize' : orm.mongoose.packages.includes(name) ? 'mongoose' : orm.bookshelf.packages.includes(name) ? 'bookshelf' : null;
}

export function isModelPackage(module: string): boolean {
  return packageOf(module) !== null;
}

/**
 * A model's static call: `User.create(row)` of a Sequelize model or one `mongoose.model('User', schema)` made,
 * `this.findOne(...)` in a method of a class extending Sequelize's `Model`, or a call on a model imported from the
 * app's modules (counted by the scan once that module shows it is a model).
 */
export function modelOp(site: CallSite, ctx: FileContext, last: string): ModelOp | null {
  if (last === 'save') return savedDocument(site, ctx);
  const onModel = Object.hasOwn(OPS, last);
  const onRecord = Object.hasOwn(RECORD_OPS, last);
  const onQuery = Object.hasOwn(BOOKSHELF_OPS, last);
  if (!onModel && !onRecord && !onQuery) return null;
  const callee = unwrap(site.node.callee);
  if (callee.type !== 'MemberExpression') return null;
  const object = unwrap(callee.object);
  if (onQuery) {
    const query = bookshelfQuery(ctx.scope, object);
    if (query) return { op: BOOKSHELF_OPS[last]!.op as StorageOp['op'], table: query.table, api: `${query.orm}.${last}`, value: null, direct: query.orm !== 'model' };
    if (!onModel && !onRecord) return null;
  }
  // `db.User.create(row)`, `models.User.findOne(...)`: a member of an app module that gathers the models (see `MODEL_REGISTRY`).
  if (object.type === 'MemberExpression') return onModel ? registryOp(ctx, object, last, site.node.arguments as Node[]) : null;
  const name = object.type === 'ThisExpression' ? ctx.scope.currentClass : object.type === 'Identifier' ? object.name as string : null;
  if (name === null) return null;
  const model = onModel ? modelTable(ctx.scope, object, name) : null;
  // `const installation = await Installation.findOne(...); await installation.update(values)`: a call on a record of the model.
  const table = model ?? (onRecord ? recordOf(ctx.scope, object) : null);
  if (!table) return null;
  const spec = model ? OPS[last]! : RECORD_OPS[last]!;
  const op = spec.op as StorageOp['op'];
  const value = op === 'write' ? site.node.arguments[spec.value ?? 0] ?? null : null;
  return { op, table: table.table, api: `${table.orm}.${last}`, value, direct: table.orm !== 'model' };
}

/**
 * The mark every member of a module gathering the app's models carries: sequelize-cli's `models/index.js`, which requires
 * each model file of its folder and keeps it under its name (`db[model.name] = model; module.exports = db`).
 */
export const MODEL_REGISTRY = `*${MODEL_SUFFIX}`;
const REGISTERS = /\[\s*[\w$]+\.name\s*\]\s*=/;

/** Whether `exported` is such a module's object of models: `{}` filled in by name, in a module that imports Sequelize. */
export function isModelRegistry(scope: Scope, exported: Node): boolean {
  const node = unwrap(exported);
  if (node.type !== 'Identifier') return false;
  const init = scope.lookup(node.name)?.init;
  if (!init || unwrap(init).type !== 'ObjectExpression' || (unwrap(init).properties as Node[]).length > 0) return false;
  return [...scope.mod.imports.values()].some((i) => packageOf(i.module) === 'sequelize') && REGISTERS.test(scope.mod.text);
}

function registryOp(ctx: FileContext, object: Node, last: string, args: Node[]): ModelOp | null {
  let root = unwrap(object);
  while (root.type === 'MemberExpression') root = unwrap(root.object);
  if (root.type !== 'Identifier' || !ctx.scope.mod.imports.has(root.name)) return null;
  const table = ctx.scope.importedStr(object, MODEL_SUFFIX);
  if (table === null) return null;
  const spec = OPS[last]!;
  const op = spec.op as StorageOp['op'];
  return { op, table, api: `model.${last}`, value: op === 'write' ? args[spec.value ?? 0] ?? null : null, direct: false, registry: table };
}

/** The model of a record a finder gave (`const user = await User.findOne(...)`, `User.create(row)`), by the name's initialiser. */
function recordOf(scope: Scope, object: Node): { orm: Model['orm'] | 'model'; table: string } | null {
  if (object.type !== 'Identifier') return null;
  const binding = scope.lookup(object.name);
  // `const [installation, created] = await Installation.findOrCreate(...)`: the record is the first element.
  const fromArray = binding?.element?.at === 0;
  const source = fromArray ? binding!.element!.of : binding?.init;
  const call = source ? unwrap(source) : null;
  if (call?.type !== 'CallExpression') return null;
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || !(fromArray ? ARRAY_FINDERS : FINDERS).has(propertyName(callee.property, callee.computed) ?? '')) return null;
  const model = unwrap(callee.object);
  if (model.type === 'ThisExpression') return scope.currentClass ? modelTable(scope, model, scope.currentClass) : null;
  return model.type === 'Identifier' ? modelTable(scope, model, model.name) : null;
}

/** `new Note(doc).save()`, or `const note = new Note(doc); await note.save()`: the document written is the one the model was given. */
function savedDocument(site: CallSite, ctx: FileContext): ModelOp | null {
  const callee = unwrap(site.node.callee);
  if (callee.type !== 'MemberExpression') return null;
  const named = unwrap(callee.object);
  let object = named;
  if (object.type === 'Identifier') {
    const init = ctx.scope.lookup(object.name)?.init;
    if (init) object = unwrap(init);
  }
  // `const user = await User.findOne(...); user.email = email; await user.save()`: the record, with what was set on it.
  const record = object.type === 'CallExpression' ? recordOf(ctx.scope, named) : null;
  if (record) return { op: 'write', table: record.table, api: `${record.orm}.save`, value: named, direct: record.orm !== 'model' };
  // Bookshelf's `new User(attributes).save()`, `User.forge(attributes).save()`, `user.save(attributes, { patch: true })`.
  const query = bookshelfQuery(ctx.scope, named);
  const saved = site.node.arguments[0] as Node | undefined;
  if (!query) return null;
  return { op: 'write', table: query.table, api: `${query.orm}.save`, value: query.attributes ?? saved ?? null, ...(query.attributes && saved ? { also: saved } : {}), direct: query.orm !== 'model' };
}

/**
 * A query on a model: `new User(attributes)` (a Mongoose document too), Bookshelf's `User.forge(attributes)`,
 * `User.where({ id }).query(...)`, or the record its `fetch` gave; through a name bound to one (`const user = new User({ id })`).
 */
function bookshelfQuery(scope: Scope, expr: Node): { orm: Model['orm'] | 'model'; table: string; attributes: Node | null } | null {
  let node = unwrap(expr);
  if (node.type === 'Identifier') {
    const init = scope.lookup(node.name)?.init;
    if (!init) return null;
    node = unwrap(init);
  }
  let attributes: Node | null = null;
  for (let depth = 0; depth < 6; depth++) {
    if (node.type === 'NewExpression') {
      const model = unwrap(node.callee);
      const table = model.type === 'Identifier' ? modelTable(scope, model, model.name) : null;
      return table && { ...table, attributes: (node.arguments[0] as Node | undefined) ?? attributes };
    }
    if (node.type !== 'CallExpression' || unwrap(node.callee).type !== 'MemberExpression') return null;
    const callee = unwrap(node.callee);
    const method = propertyName(callee.property, callee.computed) ?? '';
    const object = unwrap(callee.object);
    if (method === 'forge') attributes = (node.arguments[0] as Node | undefined) ?? attributes;
    if (object.type === 'Identifier' && BOOKSHELF_STARTS.has(method)) {
      const table = modelTable(scope, object, object.name);
      return table && { ...table, attributes };
    }
    if (!BOOKSHELF_STARTS.has(method) && method !== 'fetch') return null;
    node = object;
  }
  return null;
}

/**
 * The model a name refers to: one of this module, which imports its ORM (`User.findAll`, `this.findOne` in a
 * model class), or one imported from the app's modules, marked for the scan (`model`). `items.find(...)` and
 * `form.save()` are everywhere: most files import no ORM, and most names are not imports of the app.
 */
function modelTable(scope: Scope, object: Node, name: string): { orm: Model['orm'] | 'model'; table: string } | null {
  const imported = object.type === 'Identifier' ? scope.mod.imports.get(name) : undefined;
  if (!imported) return importsOrm(scope) ? localModel(scope, name) : null;
  if (!scope.isAppModule(imported.module)) return null;
  const table = scope.importedStr(object, MODEL_SUFFIX);
  return table === null ? null : { orm: 'model', table };
}

const ormFiles = new WeakMap<Scope, boolean>();
function importsOrm(scope: Scope): boolean {
  let known = ormFiles.get(scope);
  // `require('bookshelf')(knex)`: a module required without a name still counts.
  if (known === undefined) ormFiles.set(scope, (known = scope.mod.specifiers.some((i) => !i.types && packageOf(i.module) !== null)));
  return known;
}

interface Model { orm: 'sequelize' | 'mongoose' | 'bookshelf'; table: string }
const classes = new WeakMap<Scope, Map<string, Model | null>>();
const bindings = new WeakMap<object, Model | null>();

/** The model a name of the module holds: a class extending Sequelize's `Model`, or what `mongoose.model(...)` or `sequelize.define(...)` made. */
export function localModel(scope: Scope, name: string): Model | null {
  if (scope.classes.has(name)) {
    let known = classes.get(scope);
    if (!known) classes.set(scope, (known = new Map()));
    let found = known.get(name);
    if (found === undefined) known.set(name, (found = classModel(scope, name)));
    return found;
  }
  const binding = scope.lookup(name);
  if (!binding?.init) return null;
  let found = bindings.get(binding);
  if (found === undefined) bindings.set(binding, (found = declaredModel(scope, binding.init)));
  return found;
}

/** `mongoose.model('User', schema)`, `mongoose.models.User || model('User', schema)`, `sequelize.define('user', attributes)`. */
export function declaredModel(scope: Scope, init: Node | null): Model | null {
  if (!init) return null;
  let node = unwrap(init);
  if (node.type === 'LogicalExpression' && node.operator === '||') node = unwrap(node.right);
  if (node.type !== 'CallExpression') return null;
  const callee = scope.ref(node.callee);
  const method = callee.steps[callee.steps.length - 1]?.name;
  if (method === 'extend' || method === 'model') {
    const table = bookshelfTable(scope, node, method);
    if (table !== null) return { orm: 'bookshelf', table };
  }
  const orm = callee.root === 'import' && callee.module !== null ? packageOf(callee.module) : null;
  const name = scope.str(node.arguments[0]);
  if (name === null || !/^[\w.$-]+$/.test(name)) return null;
  if (orm === 'mongoose' && method === 'model') {
    const collection = node.arguments[2] ? scope.str(node.arguments[2]) : null;
    return { orm, table: collection !== null && /^[\w.$-]+$/.test(collection) ? collection : name };
  }
  const sequelizeFile = orm === 'sequelize' || [...scope.mod.imports.values()].some((i) => packageOf(i.module) === 'sequelize');
  if (method === 'define' && sequelizeFile && unwrap(node.arguments[1] ?? node).type === 'ObjectExpression') return { orm: 'sequelize', table: name };
  return null;
}

/**
 * The table of a Bookshelf model: `bookshelf.Model.extend({ tableName: 'users' })`, `bookshelf.model('User', { tableName: 'users' })`,
 * or `bookshelf.model('User', User)` registering such a model; the instance is the app's (`require('bookshelf')(knex)`), and the
 * scan counts its queries only in an app that depends on Bookshelf.
 */
function bookshelfTable(scope: Scope, call: Node, method: string): string | null {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  if (method === 'extend' && propertyName(unwrap(callee.object).property, unwrap(callee.object).computed) !== 'Model') return null;
  const declared = method === 'extend' ? call.arguments[0] : call.arguments[1];
  if (!declared) return null;
  const model = unwrap(declared);
  if (method === 'model' && model.type === 'Identifier') {
    const init = scope.lookup(model.name)?.init;
    const made = init ? unwrap(init) : null;
    return made?.type === 'CallExpression' && unwrap(made.callee).type === 'MemberExpression' && propertyName(unwrap(made.callee).property, unwrap(made.callee).computed) === 'extend'
      ? bookshelfTable(scope, made, 'extend') : null;
  }
  const table = scope.str(objectProperty(model.type === 'ObjectExpression' ? model : null, 'tableName'));
  return table !== null && /^[\w.$-]+$/.test(table) ? table : null;
}

/**
 * The model a function makes of the Sequelize instance it is handed: `(sequelize, DataTypes) => sequelize.define('users', {...})`,
 * also through a name it returns (`const User = sequelize.define('User', {...}); return User;`); null for any other function.
 */
export function factoryModel(scope: Scope, fn: Node, returned: Node | null): string | null {
  let node = returned ? unwrap(returned) : null;
  if (node?.type === 'Identifier' && fn.body?.type === 'BlockStatement') {
    const name = node.name;
    const declared = (fn.body.body as Node[]).flatMap((st) => (st.type === 'VariableDeclaration' ? st.declarations as Node[] : []))
      .find((d) => d.id.type === 'Identifier' && d.id.name === name);
    node = declared?.init ? unwrap(declared.init) : null;
  }
  if (node?.type !== 'CallExpression') return null;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== 'define') return null;
  const instance = unwrap(callee.object);
  if (instance.type !== 'Identifier' || !(fn.params as Node[]).some((p) => p.type === 'Identifier' && p.name === instance.name)) return null;
  if (unwrap(node.arguments[1] ?? node).type !== 'ObjectExpression') return null;
  const name = scope.str(node.arguments[0]);
  return name !== null && /^[\w.$-]+$/.test(name) ? name : null;
}

/** `const User = UserModel(sequelize, DataTypes)` with `UserModel` imported from the app: the model it makes, as a mark for the scan. */
export function madeModel(scope: Scope, init: Node): string | null {
  const node = unwrap(init);
  if (node.type !== 'CallExpression' || unwrap(node.callee).type !== 'Identifier') return null;
  const imported = scope.mod.imports.get(unwrap(node.callee).name);
  return imported && scope.isAppModule(imported.module) ? scope.importedStr(node.callee, `()${MODEL_SUFFIX}`) : null;
}

/** A class of the module extending Sequelize's `Model`: its table as `Name.init(attributes, { tableName, modelName })` gives it, else its name. */
function classModel(scope: Scope, name: string): Model | null {
  let declared: Node | null = null;
  let options: Node | null = null;
  for (const stmt of scope.mod.program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'ClassDeclaration' && decl.id?.name === name) declared = decl;
    const call = stmt.type === 'ExpressionStatement' ? unwrap(stmt.expression) : null;
    if (call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && unwrap(call.callee.object).type === 'Identifier'
      && unwrap(call.callee.object).name === name && propertyName(call.callee.property, call.callee.computed) === 'init') options = call.arguments[1] ?? null;
  }
  if (!declared?.superClass) return null;
  const base = scope.ref(declared.superClass);
  if (base.root !== 'import' || base.module === null || packageOf(base.module) !== 'sequelize' || base.steps[base.steps.length - 1]?.name !== 'Model') return null;
  let table = name;
  if (options && unwrap(options).type === 'ObjectExpression') {
    for (const key of ['modelName', 'tableName']) {
      const prop = (unwrap(options).properties as Node[]).find((p) => p.type === 'Property' && propertyName(p.key, p.computed) === key);
      const value = prop ? scope.str(prop.value) : null;
      if (value !== null && /^[\w.$-]+$/.test(value)) table = value;
    }
  }
  return { orm: 'sequelize', table };
}
