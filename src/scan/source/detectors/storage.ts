import type { DataKind, StorageBackend, StorageOp } from '../../facts.ts';
import { installationStore, settingsOp } from '../ace-client.ts';
import { fileStoreOp } from './json-file-stores.ts';
import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import { presignedOp } from '../object-store-urls.ts';
import type { CallSite, FileContext } from '../context.ts';
import { kindOfName } from '../names.ts';
import { keyPrefix, withPrefix } from '../kvs-query.ts';
import { boundColumns, sqlTable } from '../sql-text.ts';
import { normaliseKinds } from '../flow.ts';
import type { Step } from '../ref.ts';
import { FIELD, HOLE, SPREAD_FIELDS, WITHOUT, importedMark, onlyHoles, settle, withBraces, withSpaces } from '../string-marks.ts';
import sqlClients from '../../../data/sql-clients.json' with { type: 'json' };
import { declaredModel, modelOp } from './models.ts';
import { schemaLifetimes } from './mongoose-ttl.ts';
import { typeormOp } from './typeorm.ts';
import { kvCall, KV_SUFFIX, memberKvCall } from './kv-clients.ts';
import { COLLECTION_SUFFIX, importedMongo, isConnection, MONGO_SUFFIX, typedCollection } from './mongo.ts';
import { CACHE_DEFAULT_TTL, CACHE_TTL_OPTION, cacheCall } from './forge-cache.ts';
import { bindingCall, bindingExpiry, QUEUE_BINDING, type BindingCall } from './cloudflare-bindings.ts';
import { drizzleOp, isPrismaModule, knexOp, PRISMA_SUFFIX, SUPABASE_SUFFIX } from './orm.ts';
import connectJs from '../../../data/connect-js.json' with { type: 'json' };
import timeUnits from '../../../data/time-units.json' with { type: 'json' };
import { connectJsCall, connectJsInstanceCall } from '../connect-js.ts';
import { namesPropertyHook, propertyHook, propertyHookCall, wrappedHookCall } from '../property-hooks.ts';
import { updaterResult } from '../callback-results.ts';
import { chainNamesTenant, namesTenant, tenantWhere } from '../tenant-filter.ts';
import { olderThan } from '../sql-age.ts';
import { deleteAge, filterAge, numberOf, sqlParamAges, withParams } from '../age-filter.ts';
import { guardAge } from '../guard-age.ts';
import { noteHelperDelete } from '../purge-helpers.ts';
import { literalOf } from '../object-assign.ts';

const KVS_OPS: Record<string, StorageOp['op']> = {
  get: 'read', getMany: 'query', getOne: 'query', set: 'write', batchSet: 'write', delete: 'delete', batchDelete: 'delete', query: 'query',
  getSecret: 'read', setSecret: 'write', deleteSecret: 'delete',
};
const STORAGE_MODULES = new Set(['@forge/kvs', '@forge/api', '@forge/sql', '@forge/object-store', '@forge/os', '@forge/cache']);
const SECRET_OPS = new Set(['getSecret', 'setSecret', 'deleteSecret']);
/** What a call of the Forge key-value store's does (`set` writes), by its method; null for any other method. */
export function kvsOp(method: string | undefined): StorageOp['op'] | null {
  return method !== undefined && Object.hasOwn(KVS_OPS, method) ? KVS_OPS[method]! : null;
}
/** The backend a method of the key-value store's uses: its secret store for `getSecret`, `setSecret`, `deleteSecret`. */
export function kvsBackend(method: string): StorageBackend {
  return SECRET_OPS.has(method) ? 'kvs-secret' : 'kvs';
}
const PROPERTY_TARGETS: Record<string, StorageBackend> = {
  onJiraIssue: 'issue-property', onJiraProject: 'entity-property', onJiraUser: 'entity-property',
  onConfluencePage: 'content-property', onConfluenceSpace: 'content-property', onConfluenceBlogpost: 'content-property',
};
const SQL_METHODS = new Set(sqlClients.methods);
const SQL_STATEMENTS = new Set(sqlClients.statements);
const CONTENT_PROPERTIES = connectJs.contentProperties as Record<string, StorageOp['op']>;
const ISSUE_PROPERTIES = connectJs.issueProperties as Record<string, StorageOp['op']>;
/** The start of an SQL statement, holes (parameters, imported parts) as spaces. */
const SQL_STATEMENT = /^\s*(?:INSERT\s+INTO|UPSERT\s+INTO|REPLACE\s+INTO|MERGE\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|SELECT\s[\s\S]*\bFROM|CREATE\s+TABLE|WITH\s+\w+\s+AS)\b/i;
const DELETE_SQL = /^\s*DELETE\b/i;
const SUPABASE_OPS: Record<string, StorageOp['op']> = { insert: 'write', upsert: 'write', update: 'write', delete: 'delete', select: 'read' };
const MONGO_OPS: Record<string, StorageOp['op']> = {
  insertOne: 'write', insertMany: 'write', updateOne: 'write', updateMany: 'write', replaceOne: 'write', findOneAndUpdate: 'write',
  deleteOne: 'delete', deleteMany: 'delete', find: 'read', findOne: 'read',
};
const PRISMA_OPS: Record<string, StorageOp['op']> = {
  create: 'write', createMany: 'write', update: 'write', updateMany: 'write', upsert: 'write',
  delete: 'delete', deleteMany: 'delete', findUnique: 'read', findFirst: 'read', findMany: 'read',
};

/**
 * Storage: Forge KVS (`@forge/kvs`, legacy `storage` of `@forge/api`), secrets, custom entities,
 * `@forge/sql`, Forge object store, entity properties (`properties.onJiraIssue`), and external
 * databases the code writes to (Supabase, MongoDB, Prisma, Drizzle, Knex, Sequelize and Mongoose models, TypeORM repositories, Redis, the settings
 * store of atlassian-connect-express, lowdb's JSON file).
 */
export function detectStorage(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const module = site.module;
  const steps = ref.steps;
  // A model's static call (`User.create(row)`, `this.findOne(...)` in a model's method) may be on a class of the module.
  const model = modelOp(site, ctx, steps[steps.length - 1]?.name ?? '');
  // `db.user.create(...)` of another module: a Prisma client's model or a member of sequelize-cli's index; the scan tells which.
  const registry = model?.registry !== undefined && Object.hasOwn(PRISMA_OPS, steps[steps.length - 1]?.name ?? '') ? model.registry : undefined;
  if (model && registry === undefined) {
    push(ctx, 'external-db', model.op, model.table, model.api, site, [model.value, model.also]);
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: model.direct, orm: 'model' });
    return;
  }
  // A Mongoose model whose schema keeps documents for a time (a TTL index, a Date field's `expires`): MongoDB deletes them once that old.
  if (module === 'mongoose' && steps[steps.length - 1]?.name === 'model') {
    const table = declaredModel(ctx.scope, node)?.table ?? null;
    for (const { node: at, seconds } of table === null ? [] : schemaLifetimes(ctx.scope, node.arguments[1])) {
      agedFilters.set(at, seconds);
      push(ctx, 'external-db', 'delete', table, 'mongoose.expires', { ...site, node: at }, []);
    }
  }
  const typeorm = module === 'typeorm' ? typeormOp(site, ctx.scope) : null;
  if (typeorm) {
    push(ctx, 'external-db', typeorm.op, typeorm.table, typeorm.api, site, [typeorm.value]);
    return;
  }
  // The Connect JavaScript API: `AP.confluence.setContentProperty({ key, value, version }, callback)`.
  const ap = ref.root === 'global' && ref.name === 'AP' ? connectJsCall(ref) ?? connectJsInstanceCall(ref) : null;
  // `new AP.jiraServiceDesk.RequestProperties().serialize({ ... })`: saved with the request the customer creates, as its issue properties.
  if (ap !== null && Object.hasOwn(ISSUE_PROPERTIES, ap)) {
    push(ctx, 'issue-property', ISSUE_PROPERTIES[ap]!, null, `AP.${ap}`, site, [node.arguments[0]]);
    return;
  }
  if (ap !== null && Object.hasOwn(CONTENT_PROPERTIES, ap)) {
    const op = CONTENT_PROPERTIES[ap]!;
    const first = node.arguments[0] as Node | undefined;
    const options = ctx.scope.object(first);
    const key = options ? objectProperty(options, 'key') : first;
    push(ctx, 'content-property', op, ctx.scope.str(key), `AP.${ap}`, site, op === 'write' && options ? [objectProperty(options, 'value')] : []);
    return;
  }
  // UI Kit's `useContentProperty('votes', [])` reads the page's property; the setter and deleter it gives write and delete it.
  const hooked = namesPropertyHook(ctx.mod) ? propertyHookOp(ctx, site) : wrappedHookOp(ctx, site);
  if (hooked) return;
  // A binding of a Cloudflare Worker (`env.USAGE.put(key, value)`, `env.DB.prepare(sql).bind(a).run()`): a store Cloudflare runs for the vendor.
  const binding = bindingCall(site, ctx.scope);
  if (binding) {
    bindingOp(ctx, site, binding);
    return;
  }
  const install = module === 'atlassian-connect-express' ? installationStore(ref) : null;
  if (install) {
    ctx.facts.storage.push({ ...install, evidence: ctx.evidence(node) });
    return;
  }
  const jsonFile = module !== null && FS_MODULES.has(module) ? jsonFileWrite(site, ctx) : null;
  if (jsonFile) {
    push(ctx, 'external-db', 'write', filePath(ctx, node.arguments[0]), `fs.${jsonFile}`, site, [node.arguments[1]]);
    return;
  }
  // `import db from './db'`, `const pool = require('./db')`, `import * as db from './db'`: the object another module exports, or
  // the module itself (node-postgres's `export const query = (text, params) => pool.query(text, params)`), its calls one step long.
  const appDefault = ref.root === 'import' && (ref.imported === 'default' || ref.imported === '*') && module !== null && ctx.scope.isAppModule(module);
  // `import { query } from './db'; query('INSERT INTO ...', values)`: a function of the app's named as a SQL client's call.
  const appQuery = ref.root === 'import' && steps.length === 1 && !appDefault && module !== null && SQL_METHODS.has(steps[0]!.name) && ctx.scope.isAppModule(module);
  // `async function query(text, params) { ... pool.query(text, params) ... }`, called in its own module: `query('INSERT INTO ...', values)`.
  const localQuery = !appDefault && !appQuery && node.callee.type === 'Identifier' && SQL_METHODS.has(node.callee.name) && ctx.scope.lookup(node.callee.name)?.topFunction === true;
  // `users.findOne(...)` with `users: Collection<User>` of the MongoDB driver's types: which collection is the callers'.
  if (steps.length === 1 && ref.root === 'unknown' && Object.hasOwn(MONGO_OPS, steps[0]!.name) && typedCollection(ctx.scope, unwrap(node.callee))) {
    const op = MONGO_OPS[steps[0]!.name]!;
    push(ctx, 'external-db', op, null, `mongodb.${steps[0]!.name}`, site, op === 'write' ? node.arguments : []);
    return;
  }
  // Most calls are none of these: decide that before looking closer.
  if (!localQuery && steps.length < (appDefault || appQuery ? 1 : 2) && (module === null || !STORAGE_MODULES.has(module))) return;
  const names = steps.map((s) => s.name);
  const last = names[names.length - 1] ?? '';
  if (FILTERS.has(last)) filtersDelete(ctx, site);

  const isKvs = module === '@forge/kvs' || (module === '@forge/api' && names[0] === 'storage');
  if (isKvs && Object.hasOwn(KVS_OPS, last)) {
    const entityAt = names.indexOf('entity');
    // Builder chains (`kvs.entity('x').query().where(...).getMany()`) are one operation: record the call that runs it.
    if (last === 'query' || (names.includes('query') && last !== 'getMany' && last !== 'getOne')) return;
    // In a transaction an operation on a custom entity names it in its options: `.set(key, value, { entityName })`, `.delete(key, { entityName })`.
    const entityName = names.includes('transact') && (last === 'set' || last === 'delete')
      ? objectProperty(ctx.scope.object(node.arguments[last === 'set' ? 2 : 1]), 'entityName') : null;
    const backend: StorageBackend = SECRET_OPS.has(last) ? 'kvs-secret' : entityAt >= 0 || entityName ? 'custom-entity' : 'kvs';
    // `kvs.batchSet([{ key, value }, ...])`, `kvs.batchSet(items.map((i) => ({ key: \`item:${i.id}\`, value: i })))`: each item's key.
    const batch = (last === 'batchSet' || last === 'batchDelete') && entityAt < 0 ? batchItems(ctx, node.arguments[0]) : null;
    if (batch) {
      const api = /^(kvs|storage)\./.test(names.join('.')) ? names.join('.') : `kvs.${names.join('.')}`;
      for (const item of batch.items) {
        const entity = objectProperty(item, 'entityName');
        const flows = last === 'batchSet' ? [objectProperty(item, 'key'), objectProperty(item, 'value'), ...(batch.mapped ? [node.arguments[0]] : [])] : [];
        push(ctx, entity ? 'custom-entity' : backend, KVS_OPS[last]!, ctx.scope.strParams(entity ?? objectProperty(item, 'key')), api, site, flows);
      }
      return;
    }
    // `storage.query().where('key', startsWith('settings-')).getMany()`: the keys of that prefix.
    const prefix = entityAt < 0 && names.includes('query') ? keyPrefix(ref.steps) : null;
    const key = prefix ? withPrefix(ctx.scope.strParams(prefix)) : ctx.scope.strParams(entityAt >= 0 ? ref.steps[entityAt]!.call?.arguments[0] : entityName ?? node.arguments[0]);
    const value = KVS_OPS[last] === 'write' ? node.arguments[last === 'batchSet' ? 0 : 1] : null;
    const api = names.filter(Boolean).join('.');
    // `for (const key of ['a', 'b']) await kvs.set(key, v)`: one operation per key it may take.
    const keys = prefix || entityAt >= 0 || entityName ? [key] : ctx.scope.strAlternatives(node.arguments[0]);
    for (const k of keys) writtenFields(ctx, push(ctx, backend, KVS_OPS[last]!, k, /^(kvs|storage)\./.test(api) ? api : `kvs.${api}`, site, [node.arguments[0], value]), value);
    // `kvs.entity('task').query().index('by-owner')`: the index of the entity the query runs on, when the code names it in full.
    const index = entityAt >= 0 ? indexOf(ctx, ref.steps) : null;
    if (index !== null) ctx.facts.storage[ctx.facts.storage.length - 1]!.index = index;
    const ttl = last === 'set' || last === 'setSecret' ? objectProperty(ctx.scope.object(node.arguments[2]), 'ttl') : null;
    if (ttl) for (const op of ctx.facts.storage.slice(-keys.length)) op.expiresAfter = ttlSeconds(ctx, ttl);
    // `{ ttl: { unit: 'DAYS', value: NOTES_TTL_DAYS } }` of a constant another module exports: filled in once the files are linked.
    if (ttl && keys.length === 1) {
      const spec = ctx.scope.object(ttl);
      ctx.derive('storage', ctx.facts.storage[ctx.facts.storage.length - 1]!, 'storage-ttl', [ctx.scope.strParams(objectProperty(spec, 'unit')), ctx.scope.strParams(objectProperty(spec, 'value'))]);
    }
    // `kvs.set(payload.key, value)`: a key the front ends send, which the scan reads from their `invoke` calls.
    const sent = !prefix && entityAt < 0 && !entityName && keys.length === 1 && (key === null || onlyHoles(key)) && node.arguments[0] ? sentField(ctx, unwrap(node.arguments[0])) : null;
    if (sent) (ctx.facts.sentKeys ??= []).push({ index: ctx.facts.storage.length - 1, flow: sent });
    return;
  }
  // `cache.connect().set(key, value, { ttlSeconds })`: the Forge Cache keeps a write for its time-to-live.
  const cached = cacheCall(site);
  if (cached) {
    const { op, value, options } = cached.method;
    push(ctx, 'cache', op, ctx.scope.strParams(node.arguments[0]), `cache.${cached.name}`, site, op === 'write' ? [node.arguments[0], value === undefined ? null : node.arguments[value]] : []);
    if (op === 'write') {
      const ttl = options === undefined ? null : objectProperty(ctx.scope.object(node.arguments[options]), CACHE_TTL_OPTION);
      const seconds = ttl ? Number(ctx.scope.str(ttl) ?? Number.NaN) : CACHE_DEFAULT_TTL;
      ctx.facts.storage[ctx.facts.storage.length - 1]!.expiresAfter = Number.isFinite(seconds) && seconds > 0 ? seconds : null;
    }
    return;
  }
  // `sql.prepare(query).bindParams(...values).execute()`: the values a prepared statement writes are its bound parameters.
  if (module === '@forge/sql' && last === 'bindParams') {
    const prepare = ref.steps[names.indexOf('prepare')]?.call;
    if (prepare) bindValues(prepare, ctx.kindsOf(node.arguments), sqlParamAges(ctx.scope, node.arguments), argKinds(ctx, node.arguments));
    return;
  }
  if (module === '@forge/sql' && /^(executeRaw|execute|prepare|executeDDL)$/.test(last)) {
    if (last === 'execute' && names.includes('prepare')) return;
    statementOp(ctx, node, 'sql', `sql.${last}`, last === 'prepare');
    return;
  }
  if (module === '@forge/object-store' || module === '@forge/os') {
    // `createUploadUrl({ key, length, checksum })`: the URL the object is then PUT to.
    const presigned = presignedOp(last);
    if (presigned) {
      const options = ctx.scope.object(node.arguments[0]);
      const key = options ? objectProperty(options, 'key') : node.arguments[0];
      // What the object holds is PUT later; the key is kept, with what it is made of (`exports/${accountId}/...`).
      push(ctx, 'object-store', presigned, ctx.scope.str(key), `${module}.${last}`, site, [key]);
      return;
    }
    const op = /^(put|upload|set)/.test(last) ? 'write' : /^(delete|remove)/.test(last) ? 'delete' : /^(get|download|list|head)/.test(last) ? 'read' : null;
    if (op) push(ctx, 'object-store', op, ctx.scope.str(node.arguments[0]), `${module}.${last}`, site, op === 'write' ? [node.arguments[1]] : []);
    return;
  }
  if (module === '@forge/api' && names[0] === 'properties') {
    const target = names[1] && Object.hasOwn(PROPERTY_TARGETS, names[1]) ? PROPERTY_TARGETS[names[1]] : undefined;
    const op = last === 'set' ? 'write' : last === 'get' ? 'read' : last === 'delete' ? 'delete' : null;
    if (target && op) push(ctx, target, op, ctx.scope.str(node.arguments[0]), `properties.${names[1]}.${last}`, site, op === 'write' ? [node.arguments[1]] : []);
    return;
  }
  // atlassian-connect-express: addon.settings.set(key, value, clientKey), the add-on's store in a database the vendor runs.
  const settings = settingsOp(node.callee, ref);
  if (settings) {
    const key = ctx.scope.strParams(node.arguments[0]);
    // A key names what it holds (`token:{}`, `state:{}:token`).
    const known = settle(key);
    const named = known === null || known === HOLE ? null : kindOfName(withBraces(known));
    const op = push(ctx, 'external-db', settings, key, `addon.settings.${last}`, site, settings === 'write' ? [node.arguments[0], node.arguments[1]] : [], named);
    if (settings === 'write') writtenFields(ctx, op, node.arguments[1], named);
    return;
  }
  const fileStore = fileStoreOp(site, ctx, names, last);
  if (fileStore) {
    const key = typeof fileStore.key === 'string' ? fileStore.key : ctx.scope.strParams(fileStore.key);
    push(ctx, 'external-db', fileStore.op, key, fileStore.api, site, fileStore.values);
    return;
  }
  // Redis and services speaking its commands: `redis.set(key, value)` on a client made here or exported by another module.
  const kv = kvCall(ctx.scope, ref, node, module !== null && ctx.scope.isAppModule(module)) ?? memberKvCall(ctx.scope, ref, node);
  if (kv) {
    // `redis.set` of an imported client, `this.redis.client.set` of another class's: `redis.client.set`; Deno's own `Deno.Kv.set`.
    const api = kv.api ?? `${kv.imported === null ? module : ref.root === 'unknown' ? names.slice(0, -1).join('.') : localName(node.callee)}.${last}`;
    push(ctx, 'external-db', kv.op, kv.key !== undefined ? kv.key : ctx.scope.strParams(node.arguments[0]), api, site, [node.arguments[0], ...kv.values]);
    if (kv.expiresAfter !== undefined) ctx.facts.storage[ctx.facts.storage.length - 1]!.expiresAfter = kv.expiresAfter;
    if (kv.imported !== null) (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'kv', client: importedMark(kv.imported + KV_SUFFIX), api });
    return;
  }
  // A SQL client's query (`pool.query('INSERT INTO ...', values)`), on a client made here or imported from another module,
  // or a statement it prepared (`db.prepare('INSERT INTO ...').run(a, b)`).
  const prepareAt = SQL_STATEMENTS.has(last) ? names.lastIndexOf('prepare') : -1;
  const statement = prepareAt >= 0 && prepareAt === names.length - 2 ? ref.steps[prepareAt]!.call : null;
  if ((statement || SQL_METHODS.has(last) || localQuery) && (steps.length >= 2 || appDefault || appQuery || localQuery) && module !== '@forge/sql' && (statement ?? node).arguments.length > 0) {
    const direct = module !== null && isSqlClient(module);
    if (direct || appDefault || localQuery || (ref.root === 'import' && module?.startsWith('.')) || ref.root === 'unknown') {
      const query = ctx.scope.strParams((statement ?? node).arguments[0]);
      const text = settle(query);
      if (text !== null && SQL_STATEMENT.test(withSpaces(text))) {
        // A prepared statement's run binds all its arguments; a query's values follow its text (an UPDATE stores only those its SET uses).
        const values = statement ? node.arguments : writtenValues(text, node);
        const holes = statement ? queryHoles(ctx, statement) : queryHoles(ctx, node);
        const api = localQuery ? node.callee.name as string : [appDefault ? localName(node.callee) : '', ...names].filter(Boolean).join('.');
        const op: StorageOp = { backend: 'external-db', op: 'query', key: null, api, carries: normaliseKinds(new Set([...holes, ...ctx.kindsOf(values)])), evidence: ctx.evidence(node) };
        ctx.facts.storage.push(op);
        // `DELETE ... WHERE created_at < $1` with `[cutoff]`, or a prepared statement's `run(cutoff)`: the parameters that give its age.
        ctx.derive('storage', op, 'storage-sql', [query, ...(DELETE_SQL.test(text) ? sqlParamAges(ctx.scope, statement ? node.arguments : node.arguments[1]) : [])]);
        // The object comes from elsewhere: a database of the vendor's only when the app depends on a SQL client.
        if (!direct) (ctx.facts.sqlClientOps ??= []).push(op.evidence);
        return;
      }
    }
  }
  // Drizzle (and forge-sql-orm over it): db.insert(users).values(row), db.select().from(users)
  const drizzle = drizzleOp(site, ctx, names, last);
  if (drizzle) {
    push(ctx, drizzle.backend, drizzle.op, drizzle.table, drizzle.api, site, [drizzle.value]);
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: drizzle.direct, orm: 'drizzle' });
    return;
  }
  // Supabase: supabase.from('table').insert(row); on an object another module of the app exports
  // (`import { supabaseAdmin } from '../lib/supabase'`), a query once that module shows it is a Supabase client.
  const fromAt = names.lastIndexOf('from');
  const supabaseChain = fromAt >= 0 && fromAt === names.length - 2 && Object.hasOwn(SUPABASE_OPS, last);
  const supabaseImport = supabaseChain && ref.root === 'import' && module !== null && ctx.scope.isAppModule(module) && fromAt <= 1;
  const supabaseClient = supabaseImport ? importedMark(`${module}#${ref.imported}${fromAt === 1 && steps[0]!.call !== null ? '()' : ''}${SUPABASE_SUFFIX}`) : undefined;
  const knex = knexOp(site, ctx, names, last);
  if (knex) {
    push(ctx, knex.backend, knex.op, knex.table, knex.api, site, [knex.value]);
    const supabase = supabaseClient ? { supabase: { client: supabaseClient, op: SUPABASE_OPS[last]!, api: `supabase.from.${last}` } } : {};
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: knex.direct, orm: 'knex', ...(knex.client ? { client: knex.client } : {}), ...(knex.builder ? { builder: true } : {}), ...supabase });
    return;
  }
  if (supabaseChain) {
    if (!supabaseImport && !(module === '@supabase/supabase-js' || ref.root === 'unknown' || module === null)) return;
    if (!supabaseImport && !looksLikeSupabase(ctx)) return;
    const table = ctx.scope.str(ref.steps[fromAt]!.call?.arguments[0]);
    push(ctx, 'external-db', SUPABASE_OPS[last]!, table, `supabase.from.${last}`, site, SUPABASE_OPS[last] === 'write' ? [node.arguments[0]] : []);
    if (supabaseClient) (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'supabase', client: supabaseClient });
    return;
  }
  // A TTL index (`db.collection('sessions').createIndex({ createdAt: 1 }, { expireAfterSeconds: 86400 })`): MongoDB deletes each document once that old.
  if (last === 'createIndex' && names[names.length - 2] === 'collection' && hasImport(ctx, 'mongodb')) {
    const ttl = numberOf(ctx.scope, objectProperty(ctx.scope.object(node.arguments[1]), 'expireAfterSeconds'));
    if (ttl === null || ttl <= 0) return;
    agedFilters.set(node, ttl);
    push(ctx, 'external-db', 'delete', ctx.scope.str(steps[steps.length - 2]!.call?.arguments[0]), 'mongodb.createIndex', site, []);
    return;
  }
  // A write of the MongoDB driver's is one even where the database object comes from another module
  // (`database.collection('installs').insertOne(req.body)` with `database` handed in): its verbs are its own.
  const mongoWrite = MONGO_OPS[last] !== 'read' && names[names.length - 2] === 'collection' && steps[steps.length - 2]!.call !== null;
  // A read on a database another module of the app exports (`import { db } from './db'`, `getDb()`): one once that module shows it makes a MongoDB client.
  // `mongoose.connection.db.collection('events').find(...)`: Mongoose's connection hands on the driver's collections.
  const mongoCall = Object.hasOwn(MONGO_OPS, last) && names.includes('collection');
  const mongoDriver = mongoCall && (hasImport(ctx, 'mongodb') || (module === 'mongoose' && isConnection(ref)));
  const mongoImport = mongoCall && !mongoWrite && !mongoDriver ? importedMongo(ctx.scope, ref) : null;
  if (mongoCall && (mongoWrite || mongoImport !== null || mongoDriver)) {
    const at = names.indexOf('collection');
    push(ctx, 'external-db', MONGO_OPS[last]!, ctx.scope.str(ref.steps[at]!.call?.arguments[0]), `mongodb.${last}`, site, MONGO_OPS[last] === 'write' ? node.arguments : []);
    if (mongoImport !== null) (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'mongo', client: importedMark(mongoImport + MONGO_SUFFIX) });
    return;
  }
  // `users(db).insertOne(row)` with `users` another module's function that returns a collection: a query once that module shows it does.
  const collectionOf = Object.hasOwn(MONGO_OPS, last) && steps.length === 2 && steps[0]!.call !== null ? importedMongo(ctx.scope, ref) : null;
  if (collectionOf !== null && collectionOf.endsWith('()')) {
    push(ctx, 'external-db', MONGO_OPS[last]!, importedMark(collectionOf + COLLECTION_SUFFIX), `mongodb.${last}`, site, MONGO_OPS[last] === 'write' ? node.arguments : []);
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'mongo', client: importedMark(collectionOf + MONGO_SUFFIX) });
    return;
  }
  if (Object.hasOwn(PRISMA_OPS, last) && names.length >= 2 && importsPrisma(ctx)) {
    push(ctx, 'external-db', PRISMA_OPS[last]!, names[names.length - 2] ?? null, `prisma.${last}`, site, PRISMA_OPS[last] === 'write' ? node.arguments : []);
    return;
  }
  // `import { prisma } from './lib/prisma'; prisma.user.create(...)`, or `getDb().user.create(...)` of a function it exports, or
  // `db.get().user.create(...)` of an object whose function gives it: a query once that module shows it makes a Prisma client.
  const factory = ref.root === 'import' && steps[0]?.call != null && (steps[0].name === ref.imported || (appDefault && steps[0].name === ''));
  const accessor = ref.root === 'import' && !appDefault && steps.length === 4 && steps[0]!.call === null && steps[1]!.call?.arguments.length === 0 ? `.${steps[1]!.name}()` : null;
  if (Object.hasOwn(PRISMA_OPS, last) && ref.root === 'import' && module !== null && ctx.scope.isAppModule(module) && (accessor !== null || names.length === (appDefault && !factory ? 2 : 3))) {
    push(ctx, 'external-db', PRISMA_OPS[last]!, names[names.length - 2] ?? null, `prisma.${last}`, site, PRISMA_OPS[last] === 'write' ? node.arguments : []);
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'prisma', client: importedMark(`${module}#${ref.imported}${accessor ?? (factory ? '()' : '')}${PRISMA_SUFFIX}`), ...(registry ? { registry } : {}) });
  } else if (model && registry !== undefined) {
    push(ctx, 'external-db', model.op, model.table, model.api, site, [model.value, model.also]);
    (ctx.facts.ormOps ??= []).push({ evidence: ctx.evidence(node), direct: false, orm: 'model' });
  }
}

/**
 * The values a client's statement writes (`pool.query(text, values)`): for an UPDATE, only those its SET clause uses
 * (`$2`, or the `?` before WHERE), not those that only pick its rows (`WHERE account_id = $1`); else all of them.
 */
function writtenValues(text: string, call: Node): Node[] {
  const rest = call.arguments.slice(1) as Node[];
  const values = rest.length === 1 ? unwrap(rest[0]!) : null;
  const set = values?.type === 'ArrayExpression' ? /^\s*UPDATE\s+\S+\s+SET\s([\s\S]*?)\sWHERE\s/i.exec(withSpaces(text))?.[1] : undefined;
  if (set === undefined || (values!.elements as Array<Node | null>).some((e) => e === null || e.type === 'SpreadElement')) return rest;
  const numbered = [...set.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
  const used = numbered.length > 0 ? new Set(numbered) : new Set(Array.from({ length: set.split('?').length - 1 }, (_, i) => i));
  return (values!.elements as Node[]).filter((_, i) => used.has(i));
}

/** What the values written into a statement's text carry (`\`UPDATE notes SET body = '${body}'\``); its literal text carries nothing. */
function queryHoles(ctx: FileContext, call: Node): DataKind[] {
  return ctx.kindsOf([call.arguments[0]]).filter((k) => k !== 'literal');
}

/**
 * Bound parameters by the `prepare` call they bind: the walk meets `bindParams` before the `prepare`
 * of its chain (`sql.prepare(q).bindParams(v).execute()`), and after it when the statement is kept in
 * a variable (`const stmt = sql.prepare(q); stmt.bindParams(v)`).
 */
const bound_ = new WeakMap<Node, DataKind[]>();
/** What each parameter bound before the `prepare` carries, by its place; null when they cannot be told apart (see `argKinds`). */
const boundArgs = new WeakMap<Node, DataKind[][] | null>();
const prepared = new WeakMap<Node, StorageOp>();
/** What the parameters bound before the `prepare` stand for where they give a delete's age (see `sqlParamAges`). */
const boundAges = new WeakMap<Node, Array<string | null>>();

/**
 * A statement run on its SQL text (`sql.prepare(q)`, `env.DB.exec(q)`): what it writes counts once it is known to be a write,
 * here or when the scan fills in its parts; a prepared one also writes what is bound to it.
 */
function statementOp(ctx: FileContext, node: Node, backend: StorageBackend, api: string, prepare: boolean): void {
  const query = ctx.scope.strParams(node.arguments[0]);
  const bound = prepare ? bound_.get(node) ?? [] : [];
  const holes = queryHoles(ctx, node);
  const op: StorageOp = { backend, op: 'query', key: null, api, carries: normaliseKinds(new Set([...holes, ...ctx.kindsOf(node.arguments.slice(1)), ...bound])), evidence: ctx.evidence(node) };
  if (prepare) prepared.set(node, op);
  // Each bound parameter's data, for the column it is written to, when the statement's text holds nothing else.
  const args = prepare && node.arguments.length === 1 && holes.every((k) => k === 'other') ? boundArgs.get(node) : undefined;
  if (args) op.boundKinds = args;
  ctx.facts.storage.push(op);
  ctx.derive('storage', op, 'storage-sql', [query, ...(prepare ? boundAges.get(node) ?? [] : [])]);
}

/**
 * A call on a Cloudflare binding: a store of Cloudflare's the vendor keeps data in (`external-db`), keyed by its first argument,
 * or a D1 statement; the calls chained on a statement bind what it writes (`prepare(sql).bind(a, b)`). The scan decides which
 * kind of binding it is, or drops it (see `cloudflareStorage`).
 */
function bindingOp(ctx: FileContext, site: CallSite, binding: BindingCall): void {
  const { node, ref } = site;
  if (binding.chained) {
    if (ref.steps[ref.steps.length - 1]!.name === 'bind') bindValues(binding.call, ctx.kindsOf(node.arguments), sqlParamAges(ctx.scope, node.arguments));
    return;
  }
  const at = ctx.evidence(node);
  (ctx.facts.bindingOps ??= []).push({ line: at.line, column: at.column, name: binding.name, method: binding.method });
  const api = `${binding.name}.${binding.method}`;
  if (binding.op === 'statement') statementOp(ctx, node, 'external-db', api, binding.method === 'prepare');
  else if (binding.op === 'send') {
    // A queue's message (`env.JOBS.send(body)`, `sendBatch([{ body }])`): kept with no key, and what the Worker's `queue` handler is handed.
    push(ctx, 'external-db', 'write', null, api, site, node.arguments);
    const flows = new Set<string>();
    for (const arg of node.arguments as Node[]) for (const k of ctx.scope.kinds(arg)) flows.add(k);
    (ctx.facts.queuePushes ??= []).push({ key: `${QUEUE_BINDING}${binding.name}`, flows: [...flows] });
  } else {
    push(ctx, 'external-db', binding.op, ctx.scope.strParams(node.arguments[0]), api, site, binding.op === 'write' ? node.arguments : []);
    // `env.CACHE.put(key, value, { expirationTtl: 86400 })`: Workers KV drops the entry after its time-to-live.
    const expiry = binding.op === 'write' ? bindingExpiry(ctx.scope, binding.method, node.arguments) : null;
    if (expiry) {
      const seconds = expiry.ttl ? numberOf(ctx.scope, expiry.ttl) : null;
      ctx.facts.storage[ctx.facts.storage.length - 1]!.expiresAfter = seconds !== null && seconds > 0 ? seconds : null;
    }
  }
}

function bindValues(prepare: Node, kinds: DataKind[], ages: Array<string | null>, args: DataKind[][] | null = null): void {
  const op = prepared.get(prepare);
  if (op) {
    op.carries = normaliseKinds(new Set([...op.carries, ...kinds]));
    // Bound again after the statement was made: which parameter is which is no longer known.
    delete op.boundKinds;
  } else {
    bound_.set(prepare, [...(bound_.get(prepare) ?? []), ...kinds]);
    boundArgs.set(prepare, boundArgs.has(prepare) ? null : args);
    if (ages.some((a) => a !== null)) boundAges.set(prepare, ages);
  }
}

/** What each argument of a `bindParams(a, b)` carries, by its place; null when a spread (`...values`) hides the places. */
function argKinds(ctx: FileContext, args: Node[]): DataKind[][] | null {
  return args.some((a) => a.type === 'SpreadElement') ? null : args.map((a) => ctx.kindsOf([a]));
}

/** `key`: the evaluated string of the key, entity or table name; `named`: what the key says the value is (`token:{}`). */
/**
 * A property hook's call (`useContentProperty('votes', [])`, a read of the property under its key) or a call of the setter or
 * deleter it gives: the setter writes what it is given, or what an updater function returns (`setVotes((v) => [...v, vote])`).
 */
function propertyHookOp(ctx: FileContext, site: CallSite): boolean {
  const { node } = site;
  const hook = propertyHook(site.ref);
  if (hook) {
    push(ctx, hook.backend, 'read', ctx.scope.str(node.arguments[0]), hook.name, site, []);
    return true;
  }
  const call = propertyHookCall(ctx.scope, node.callee);
  if (!call) return false;
  const key = ctx.scope.str(call.call.arguments[0]);
  const arg = node.arguments[0] as Node | undefined;
  const updated = call.op === 'write' && arg ? updaterResult(ctx.scope, arg) : null;
  const stored: StorageOp = {
    backend: call.hook.backend, op: call.op, key: null, api: `${call.hook.name}.${call.op === 'write' ? 'set' : 'delete'}`,
    carries: call.op !== 'write' ? [] : updated ? normaliseKinds(updated) as DataKind[] : ctx.kindsOf([arg]), evidence: ctx.evidence(node),
  };
  ctx.facts.storage.push(stored);
  ctx.derive('storage', stored, 'storage-key', [key]);
  return true;
}

/** The setter or deleter of the app's own hook of another module (see `wrappedHookCall`): kept for the scan to tell whether it writes a property. */
function wrappedHookOp(ctx: FileContext, site: CallSite): boolean {
  const { node } = site;
  const call = wrappedHookCall(ctx.scope, node.callee);
  if (!call) return false;
  const arg = node.arguments[0] as Node | undefined;
  const updated = call.op === 'write' && arg ? updaterResult(ctx.scope, arg) : null;
  const carries = call.op !== 'write' ? [] : updated ? normaliseKinds(updated) as DataKind[] : ctx.kindsOf([arg]);
  (ctx.facts.hookSetters ??= []).push({ hook: call.hook, op: call.op, carries, evidence: ctx.evidence(node) });
  return false;
}

/**
 * The one field of what front ends send a resolver function that a value is (`invoke:save\u0005key`), or null: read from the
 * payload (`payload.key`, whose name alone makes it no data of users), or a value that holds it; in a function of the module
 * handed its request (`async function pin(req)`, `req.payload.slot`), `request:pin\u0005slot`, for the scan to tell which
 * resolver function it is.
 */
export function sentField(ctx: FileContext, value: Node): string | null {
  const field = value.type === 'MemberExpression' ? propertyName(value.property, value.computed) : null;
  if (field !== null) {
    const object = unwrap(value.object);
    const whole = [...ctx.scope.kinds(object)].filter((f) => f.startsWith('invoke:') && !f.includes(FIELD));
    if (whole.length === 1) return `${whole[0]}${FIELD}${field}`;
    const request = object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'payload' ? ctx.scope.paramOf(object.object) : null;
    if (request?.endsWith(':0')) return `request:${request.slice(0, -2)}${FIELD}${field}`;
  }
  let found: string | null = null;
  for (const flow of ctx.scope.kinds(value)) {
    if (!flow.startsWith('invoke:')) continue;
    const at = flow.indexOf(FIELD);
    if (at < 0 || flow.startsWith(WITHOUT, at + 1) || found !== null) return null;
    found = flow;
  }
  return found;
}

function push(ctx: FileContext, backend: StorageBackend, op: StorageOp['op'], key: string | null, api: string, site: CallSite, flows: Array<Node | null | undefined>, named: DataKind | null = null): StorageOp {
  const { node } = site;
  let carries = op === 'write' ? ctx.kindsOf(flows) : [];
  if (named && op === 'write') carries = normaliseKinds(new Set([...carries, named]));
  const stored: StorageOp = { backend, op, key: null, api, carries, evidence: ctx.evidence(node) };
  if (op === 'delete') {
    if (tenantFiltered.has(node) || chainNamesTenant(ctx.scope, node, site.ref.steps)) stored.tenant = true;
    const age = agedFilters.get(node) ?? deleteAge(ctx.scope, node, site.ref.steps) ?? (ctx.scope.guards.length > 0 ? guardAge(ctx.scope, node) : null);
    if (age !== undefined && age !== null) stored.olderThan = age;
    // `async function remove(key) { await kvs.delete(key); }`: the age its guarded callers keep to (see `purge-helpers.ts`).
    else if (ctx.fn !== null) noteHelperDelete(ctx, node, stored);
    deleteCalls.set(node, stored);
  }
  ctx.facts.storage.push(stored);
  ctx.derive('storage', stored, 'storage-key', [key]);
  return stored;
}

/**
 * `kvs.set('settings', { repo, token })`, `addon.settings.set(...)` of an object written there: what each of its fields holds, as
 * `boundKinds` by `boundColumns`, for a read of some fields (`{{settings.repo}}` of a view, see `rendered-locals.ts`).
 * Also the object literal a name is bound to (`const record = { accountId, title }; kvs.set(key, record)`), with the fields given
 * it since (`record.token = token`), unless something else put data into it.
 */
function writtenFields(ctx: FileContext, op: StorageOp, value: Node | null | undefined, named: DataKind | null = null): void {
  const object = op.op === 'write' && value ? boundObject(ctx, unwrap(value)) : null;
  if (object?.type !== 'ObjectExpression') return;
  const fields: string[] = [];
  const kinds: DataKind[][] = [];
  for (const p of object.properties as Node[]) {
    // `{ ...member, phone }`: the spread may give any field but those named after it (see `SPREAD_FIELDS`).
    const name = p.type === 'SpreadElement' ? SPREAD_FIELDS : p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    // `{ [name]: value }`: which field holds what is not known.
    if (name === null) return;
    fields.push(name);
    kinds.push(normaliseKinds(new Set([...ctx.kindsOf([p.type === 'SpreadElement' ? p.argument : p.value]), ...(named ? [named] : [])])));
  }
  op.boundKinds = kinds;
  op.boundColumns = fields;
}

/** An object literal, or the one a name is bound to, with the fields given it since (`record.title = title`; see `assignField`). */
function boundObject(ctx: FileContext, node: Node): Node | null {
  return node.type === 'Identifier' ? literalOf(ctx.scope, ctx.scope.lookup(node.name)) : node;
}

/** The index a custom entity's query chain names (`.index('by-owner')`), when it is a constant. */
function indexOf(ctx: FileContext, steps: readonly Step[]): string | null {
  const call = steps.find((s) => s.name === 'index')?.call;
  const name = call ? ctx.scope.str(call.arguments[0]) : null;
  return name !== null && /^[\w.:-]+$/.test(name) ? name : null;
}

/** The units a Forge KVS TTL takes, and the seconds in each. */
const TTL_UNITS: Record<string, string> = timeUnits.forgeTtl;
const SECONDS: Record<string, number> = timeUnits.seconds;

/** A KVS TTL (`{ unit: 'DAYS', value: 7 }`) in seconds; null when its unit or length is not known. */
function ttlSeconds(ctx: FileContext, ttl: Node): number | null {
  const spec = ctx.scope.object(ttl);
  const unit = ctx.scope.str(objectProperty(spec, 'unit'))?.toUpperCase();
  const value = Number(ctx.scope.str(objectProperty(spec, 'value')) ?? Number.NaN);
  return unit !== undefined && Object.hasOwn(TTL_UNITS, unit) && Number.isFinite(value) && value > 0 ? value * SECONDS[TTL_UNITS[unit]!]! : null;
}

/** A Forge KVS write's time-to-live in seconds from its evaluated unit and value; null when either is not known. */
export function deriveTtl(op: StorageOp, [unit, value]: Array<string | null>): void {
  const name = unit?.toUpperCase();
  const amount = Number(value ?? Number.NaN);
  op.expiresAfter = name !== undefined && Object.hasOwn(TTL_UNITS, name) && Number.isFinite(amount) && amount > 0 ? amount * SECONDS[TTL_UNITS[name]!]! : null;
}

/** The key template (holes as `{}`) from its evaluated string; null when nothing of it is known. */
export function deriveKey(op: StorageOp, [value]: Array<string | null>): void {
  op.key = value == null || value === HOLE ? null : withBraces(value);
}


/** A SQL statement's operation and table from its evaluated text. */
export function deriveSql(op: StorageOp, [query, ...params]: Array<string | null>): void {
  const text = query ?? '';
  const verb = /^\s*(\w+)/.exec(withSpaces(text))?.[1]?.toUpperCase() ?? '';
  op.op = /^(INSERT|UPDATE|REPLACE|UPSERT|MERGE)$/.test(verb) ? 'write' : verb === 'DELETE' ? 'delete' : verb === 'SELECT' ? 'read' : 'query';
  op.key = sqlTable(text);
  const columns = op.op === 'write' && op.boundKinds ? boundColumns(withSpaces(text)) : null;
  if (columns) op.boundColumns = columns;
  else delete op.boundColumns;
  if (op.op === 'delete' && tenantWhere(text)) op.tenant = true;
  else delete op.tenant;
  const age = op.op === 'delete' ? olderThan(withParams(withSpaces(text), params)) : null;
  if (age !== null) op.olderThan = age;
  else delete op.olderThan;
}

/**
 * A filter chained after a delete (`db.delete(notes).where(eq(notes.clientKey, key))`, `supabase.from('notes').delete().eq('client_key', key)`)
 * that names the installation's key scopes that delete to one tenant. The walk may meet the filter before the delete or after it.
 */
const FILTERS = new Set(['where', 'eq', 'match', 'in']);
const deleteCalls = new WeakMap<Node, StorageOp>();
const tenantFiltered = new WeakSet<Node>();
/** Deletes a filter met before them removes by age (`db.delete(notes).where(lt(notes.createdAt, cutoff))`), and the age in seconds. */
const agedFilters = new WeakMap<Node, number>();

/** A step of a chain that deletes (`delete()` of Supabase and Drizzle, knex's `del()`, `destroy`, `deleteMany`, `remove`). */
const DELETE_STEP = /^(?:del|delete|destroy|remove)/i;

function filtersDelete(ctx: FileContext, site: CallSite): void {
  const before = site.ref.steps.slice(0, -1);
  if (!before.some((step) => step.call && DELETE_STEP.test(step.name))) return;
  const args = site.node.arguments as Node[];
  const tenant = args.some((a) => namesTenant(ctx.scope, a));
  const age = filterAge(ctx.scope, args);
  for (const step of before) {
    if (!step.call) continue;
    const op = deleteCalls.get(step.call);
    if (tenant && op) op.tenant = true;
    else if (tenant) tenantFiltered.add(step.call);
    if (age !== null && op) op.olderThan = age;
    else if (age !== null) agedFilters.set(step.call, age);
  }
}

/** Whether a module is one of the SQL clients of `sql-clients.json` (`pg`, `mysql2/promise`, `@vercel/postgres`). */
export function isSqlClient(module: string): boolean {
  const name = module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!;
  return sqlClients.packages.includes(name);
}

/** The name a call's object chain starts from: `db` of `db.prepare(q).run()`. */
function localName(callee: Node): string {
  let node = unwrap(callee);
  while (node.type === 'MemberExpression' || node.type === 'CallExpression') node = unwrap(node.type === 'CallExpression' ? node.callee : node.object);
  return node.type === 'Identifier' ? node.name : '';
}

const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra', 'graceful-fs']);
const FILE_WRITES = new Set(['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'outputFile', 'outputFileSync']);

/**
 * Records kept in a JSON file on the app's server: `fs.writeFile(path, JSON.stringify(installation))`,
 * `fs.promises.writeFile(...)`, `writeFileSync(file, JSON.stringify(db))` of `fs/promises`. Files of other content
 * (a generated PDF, an image, a log line) are not records; the verb written, or null.
 */
function jsonFileWrite(site: CallSite, ctx: FileContext): string | null {
  const { steps } = site.ref;
  const last = steps[steps.length - 1];
  if (!last?.call || !FILE_WRITES.has(last.name) || steps.slice(0, -1).some((s) => s.call || s.name !== 'promises')) return null;
  const content = site.node.arguments[1] as Node | undefined;
  return content && isJsonText(ctx, content) ? last.name : null;
}

/** A file's path: its text, or `path.join(dir, \`${id}.json\`)`'s parts joined, the unknown ones as `{}`. */
function filePath(ctx: FileContext, arg: Node | undefined, depth = 0): string | null {
  let node = arg ? unwrap(arg) : null;
  const bound = node?.type === 'Identifier' ? ctx.scope.lookup(node.name) : undefined;
  if (bound?.init && !bound.grown) node = unwrap(bound.init);
  const callee = node?.type === 'CallExpression' && node.callee.type === 'MemberExpression' ? node.callee : null;
  if (!node || !callee || callee.computed || depth > 2 || !['join', 'resolve'].includes(callee.property.name)) return ctx.scope.strParams(arg);
  const parts = (node.arguments as Node[]).map((a) => filePath(ctx, a, depth + 1) ?? HOLE);
  return parts.some((p) => p !== HOLE) ? parts.join('/') : null;
}

/** `JSON.stringify(x)`, directly or through a name given nothing else. */
function isJsonText(ctx: FileContext, expr: Node): boolean {
  let node = unwrap(expr);
  if (node.type === 'Identifier') {
    const b = ctx.scope.lookup(node.name);
    if (!b?.init || b.grown) return false;
    node = unwrap(b.init);
  }
  return node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier'
    && node.callee.object.name === 'JSON' && !node.callee.computed && node.callee.property.name === 'stringify';
}

/** Whether the module imports Prisma's client: `@prisma/client`, or `PrismaClient` of the client generated where the schema says. */
function importsPrisma(ctx: FileContext): boolean {
  if (hasImport(ctx, '@prisma/client')) return true;
  for (const i of ctx.mod.imports.values()) if (i.imported === 'PrismaClient' && isPrismaModule(i.module)) return true;
  return false;
}

function hasImport(ctx: FileContext, module: string): boolean {
  return ctx.mod.specifiers.some((s) => s.module === module);
}

function looksLikeSupabase(ctx: FileContext): boolean {
  return ctx.mod.specifiers.some((s) => s.module.startsWith('@supabase/')) || /supabase/i.test(ctx.mod.text.slice(0, 4000)) || ctx.mod.text.includes('supabase');
}


/**
 * The items of a KVS batch: an array of object literals, or the object literal a `map` callback returns for each
 * element (`mapped`: what each holds is then what the callback builds from the array).
 */
function batchItems(ctx: FileContext, arg: Node | undefined): { items: Node[]; mapped: boolean } | null {
  let node = arg ? unwrap(arg) : null;
  if (node?.type === 'Identifier') {
    const b = ctx.scope.lookup(node.name);
    node = b?.init && !b.grown ? unwrap(b.init) : null;
  }
  if (node?.type === 'ArrayExpression') {
    const items = (node.elements as Array<Node | null>).map((e) => (e ? unwrap(e) : null));
    return items.length > 0 && items.every((e) => e?.type === 'ObjectExpression') ? { items: items as Node[], mapped: false } : null;
  }
  const callee = node?.type === 'CallExpression' ? unwrap(node.callee) : null;
  const fn = callee?.type === 'MemberExpression' && objectName(callee) === 'map' && node!.arguments[0] ? unwrap(node!.arguments[0]) : null;
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return null;
  const only = fn.body.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : null) : fn.body;
  const item = only ? unwrap(only) : null;
  return item?.type === 'ObjectExpression' ? { items: [item], mapped: true } : null;
}

function objectName(member: Node): string | null {
  return !member.computed && member.property.type === 'Identifier' ? member.property.name : null;
}
