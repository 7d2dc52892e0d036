import type { DataKind, StorageBackend, StorageOp } from '../../facts.ts';
import { settingsOp } from '../ace-client.ts';
import type { Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { kindOfName } from '../names.ts';
import { HOLE, normaliseKinds, PARAM, withBraces, withoutParams, withSpaces } from '../scope.ts';

const KVS_OPS: Record<string, StorageOp['op']> = {
  get: 'read', getMany: 'query', getOne: 'query', set: 'write', batchSet: 'write', delete: 'delete', batchDelete: 'delete', query: 'query',
  getSecret: 'read', setSecret: 'write', deleteSecret: 'delete',
};
const STORAGE_MODULES = new Set(['@forge/kvs', '@forge/api', '@forge/sql', '@forge/object-store', '@forge/os']);
const SECRET_OPS = new Set(['getSecret', 'setSecret', 'deleteSecret']);
const PROPERTY_TARGETS: Record<string, StorageBackend> = {
  onJiraIssue: 'issue-property', onJiraProject: 'entity-property', onJiraUser: 'entity-property',
  onConfluencePage: 'content-property', onConfluenceSpace: 'content-property', onConfluenceBlogpost: 'content-property',
};
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
 * databases the code writes to (Supabase, MongoDB, Prisma, the settings store of atlassian-connect-express).
 */
export function detectStorage(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const module = site.module;
  const steps = ref.steps;
  // Most calls are none of these: decide that before looking closer.
  if (steps.length < 2 && (module === null || !STORAGE_MODULES.has(module))) return;
  const names = steps.map((s) => s.name);
  const last = names[names.length - 1] ?? '';

  const isKvs = module === '@forge/kvs' || (module === '@forge/api' && names[0] === 'storage');
  if (isKvs && KVS_OPS[last] !== undefined) {
    const entityAt = names.indexOf('entity');
    // Builder chains (`kvs.entity('x').query().where(...).getMany()`) are one operation: record the call that runs it.
    if (last === 'query' || (names.includes('query') && last !== 'getMany' && last !== 'getOne')) return;
    const backend: StorageBackend = SECRET_OPS.has(last) ? 'kvs-secret' : entityAt >= 0 ? 'custom-entity' : 'kvs';
    const raw = ctx.scope.strParams(entityAt >= 0 ? ref.steps[entityAt]!.call?.arguments[0] : node.arguments[0]);
    const value = KVS_OPS[last] === 'write' ? node.arguments[last === 'batchSet' ? 0 : 1] : null;
    const api = names.filter(Boolean).join('.');
    push(ctx, backend, KVS_OPS[last]!, clean(raw && withoutParams(raw)), /^(kvs|storage)\./.test(api) ? api : `kvs.${api}`, node, [node.arguments[0], value], raw);
    return;
  }
  if (module === '@forge/sql' && /^(executeRaw|execute|prepare|executeDDL)$/.test(last)) {
    if (last === 'execute' && names.includes('prepare')) return;
    const raw = ctx.scope.strParams(node.arguments[0]);
    const { op, table } = sqlStatement(raw === null ? '' : withoutParams(raw));
    push(ctx, 'sql', op, table, `sql.${last}`, node, node.arguments.slice(1), raw);
    return;
  }
  if (module === '@forge/object-store' || module === '@forge/os') {
    const op = /^(put|upload|set)/.test(last) ? 'write' : /^(delete|remove)/.test(last) ? 'delete' : /^(get|download|list|head)/.test(last) ? 'read' : null;
    if (op) push(ctx, 'object-store', op, clean(ctx.scope.str(node.arguments[0])), `${module}.${last}`, node, op === 'write' ? [node.arguments[1]] : []);
    return;
  }
  if (module === '@forge/api' && names[0] === 'properties') {
    const target = names[1] ? PROPERTY_TARGETS[names[1]] : undefined;
    const op = last === 'set' ? 'write' : last === 'get' ? 'read' : last === 'delete' ? 'delete' : null;
    if (target && op) push(ctx, target, op, clean(ctx.scope.str(node.arguments[0])), `properties.${names[1]}.${last}`, node, op === 'write' ? [node.arguments[1]] : []);
    return;
  }
  // atlassian-connect-express: addon.settings.set(key, value, clientKey), the add-on's store in a database the vendor runs.
  const settings = settingsOp(node.callee, ref);
  if (settings) {
    const raw = ctx.scope.strParams(node.arguments[0]);
    const key = clean(raw && withoutParams(raw));
    // A key names what it holds (`token:{}`, `state:{}:token`).
    const named = key === null ? null : kindOfName(key);
    push(ctx, 'external-db', settings, key, `addon.settings.${last}`, node, settings === 'write' ? [node.arguments[0], node.arguments[1]] : [], raw, named);
    return;
  }
  // Supabase: supabase.from('table').insert(row)
  const fromAt = names.lastIndexOf('from');
  if (fromAt >= 0 && fromAt === names.length - 2 && SUPABASE_OPS[last] && (module === '@supabase/supabase-js' || ref.root === 'unknown' || module === null)) {
    if (!looksLikeSupabase(ctx)) return;
    const table = clean(ctx.scope.str(ref.steps[fromAt]!.call?.arguments[0]));
    push(ctx, 'external-db', SUPABASE_OPS[last]!, table, `supabase.from.${last}`, node, SUPABASE_OPS[last] === 'write' ? [node.arguments[0]] : []);
    return;
  }
  if (MONGO_OPS[last] && names.includes('collection') && hasImport(ctx, 'mongodb')) {
    const at = names.indexOf('collection');
    push(ctx, 'external-db', MONGO_OPS[last]!, clean(ctx.scope.str(ref.steps[at]!.call?.arguments[0])), `mongodb.${last}`, node, MONGO_OPS[last] === 'write' ? node.arguments : []);
    return;
  }
  if (PRISMA_OPS[last] && names.length >= 2 && hasImport(ctx, '@prisma/client')) {
    push(ctx, 'external-db', PRISMA_OPS[last]!, names[names.length - 2] ?? null, `prisma.${last}`, node, PRISMA_OPS[last] === 'write' ? node.arguments : []);
  }
}

function push(ctx: FileContext, backend: StorageBackend, op: StorageOp['op'], key: string | null, api: string, node: Node, flows: Array<Node | null | undefined>, raw: string | null = null, named: DataKind | null = null): void {
  // A key or SQL statement that a helper is given (`save(key, value)`) is filled in from its callers;
  // the statement may turn out to be a write.
  const fromCallers = key === null && raw !== null && raw.includes(PARAM);
  let carries = op === 'write' || (fromCallers && backend === 'sql') ? ctx.kindsOf(flows) : [];
  if (named && op === 'write') carries = normaliseKinds(new Set([...carries, named]));
  if (fromCallers) ctx.facts.paramRequests.push({ kind: backend === 'sql' ? 'sql' : 'storage', index: ctx.facts.storage.length, text: raw, method: null });
  ctx.facts.storage.push({ backend, op, key, api, carries, evidence: ctx.evidence(node) });
}

/** A storage key as evaluated: a template with holes as `{}`; null when nothing of it is known. */
export function clean(value: string | null): string | null {
  if (value === null || value === HOLE) return null;
  return withBraces(value);
}

/** What an SQL statement does, and to which table. */
export function sqlStatement(query: string): { op: StorageOp['op']; table: string | null } {
  const verb = /^\s*(\w+)/.exec(withSpaces(query))?.[1]?.toUpperCase() ?? '';
  const op: StorageOp['op'] = /^(INSERT|UPDATE|REPLACE|UPSERT|MERGE)$/.test(verb) ? 'write' : verb === 'DELETE' ? 'delete' : verb === 'SELECT' ? 'read' : 'query';
  return { op, table: tableOf(query) };
}

function tableOf(query: string): string | null {
  const m = /\b(?:INTO|UPDATE|FROM|TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?)\s+[`"]?([A-Za-z_][\w.]*)/i.exec(query);
  return m?.[1] ?? null;
}

function hasImport(ctx: FileContext, module: string): boolean {
  return ctx.mod.specifiers.some((s) => s.module === module);
}

function looksLikeSupabase(ctx: FileContext): boolean {
  return ctx.mod.specifiers.some((s) => s.module.startsWith('@supabase/')) || /supabase/i.test(ctx.mod.text.slice(0, 4000)) || ctx.mod.text.includes('supabase');
}

