import type { StorageOp } from '../../facts.ts';
import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { Ref } from '../ref.ts';
import type { Scope } from '../scope.ts';
import data from '../../../data/kv-clients.json' with { type: 'json' };
import { denoChain, denoKey, DENO_OPS, isDenoKv, takesDenoKey } from './deno-kv.ts';
import { numberOf } from '../age-filter.ts';
import { withPrefix } from '../kvs-query.ts';

/** Where a key-value client made in another module is read from: `./redis#redis@kv`. */
export const KV_SUFFIX = '@kv';

interface Command {
  op: StorageOp['op'];
  values?: number[] | 'rest' | 'all';
}

const PACKAGES = new Set(data.packages);
const CLIENTS = new Set(data.clients);
const OPS = data.ops as Record<string, Command>;
/** A command on a client another module exports, a Redis client or Deno KV (`kv.delete(key)`, `kv.atomic().set(key, v)`): the module tells which. */
const IMPORTED_OPS: Record<string, Command> = { ...OPS, ...DENO_OPS };

/** A command of a key-value store client (`redis.set(key, value)`): what it does, and the arguments a write stores. */
export interface KvCall {
  op: StorageOp['op'];
  values: Node[];
  /** For a client another module of the app exports: where it is read from (`./redis#redis`), else null. */
  imported: string | null;
  /** For Deno KV, whose keys are arrays: the key (`secret:{}`), and how long a write is kept, in seconds (`expireIn`). */
  key?: string | null;
  expiresAfter?: number | null;
  /** `Deno.Kv.set`: the method's name where the client's own name is not on the call (`Deno.openKv()`, `op.set(...)` of `kv.atomic()`). */
  api?: string;
}

/**
 * A command on a client made from a key-value store's package (`new Redis(url)`, `createClient()`, `kv` of
 * @vercel/kv), or on an object another module of the app exports (`import { redis } from './redis'`), which the
 * scan keeps once that module shows it makes such a client.
 */
export function kvCall(scope: Scope, ref: Ref, node: Node, appModule: boolean): KvCall | null {
  const last = ref.steps[ref.steps.length - 1]?.name ?? '';
  // `(await Deno.openKv()).set(key, value)`, `kv.atomic().check(entry).set(key, value)`.
  if (ref.root === 'global') return Object.hasOwn(DENO_OPS, last) && isDenoKv(scope, ref.steps[0]?.call ?? node) && denoChain(ref.steps, 1) ? denoCommand(scope, last, node, null) : null;
  if (ref.root !== 'import' || ref.module === null || !Object.hasOwn(IMPORTED_OPS, last)) return null;
  if (isKvPackage(ref.module)) {
    return Object.hasOwn(OPS, last) && ref.steps.slice(0, -1).some((s) => CLIENTS.has(s.name)) ? { ...command(OPS, last, node), imported: null } : null;
  }
  const own = ref.imported === 'default' ? 0 : 1;
  if (!appModule || ref.imported === undefined || ref.imported === '*' || !Object.hasOwn(IMPORTED_OPS, last) || ref.steps.length <= own) return null;
  const imported = `${ref.module}#${ref.imported}`;
  // `kv.delete(['secret', key])`: a command only Deno KV has is one when its key is Deno's (an array).
  if (ref.steps.length === own + 1 && !Object.hasOwn(OPS, last) && !takesDenoKey(scope, last, node.arguments[0])) return null;
  if (ref.steps.length === own + 1) return { ...command(IMPORTED_OPS, last, node), imported, ...(Object.hasOwn(DENO_OPS, last) ? denoExtra(scope, last, node) : {}) };
  return Object.hasOwn(DENO_OPS, last) && denoChain(ref.steps, own) ? denoCommand(scope, last, node, imported) : null;
}

/** A command of Deno KV: its key read as Deno's array of parts, and a write's `expireIn`. */
function denoCommand(scope: Scope, name: string, node: Node, imported: string | null): KvCall {
  return { ...command(DENO_OPS, name, node), imported, ...denoExtra(scope, name, node), api: `Deno.Kv.${name}` };
}

function denoExtra(scope: Scope, name: string, node: Node): Pick<KvCall, 'key' | 'expiresAfter'> {
  // `kv.list({ prefix: ['user'] })`: the keys that begin so.
  const prefix = name === 'list' ? objectProperty(scope.object(node.arguments[0]), 'prefix') : null;
  const begins = prefix ? denoKey(scope, prefix) : null;
  const key = prefix ? withPrefix(begins ? `${begins}:` : null) : denoKey(scope, node.arguments[0]);
  const expireIn = name === 'set' ? numberOf(scope, objectProperty(scope.object(node.arguments[2]), 'expireIn')) : null;
  return { key, ...(expireIn !== null && expireIn > 0 ? { expiresAfter: expireIn / 1000 } : {}) };
}

/** What a command does and the arguments a write stores. */
function command(ops: Record<string, Command>, name: string, node: Node): Omit<KvCall, 'imported'> {
  const command = ops[name]!;
  const args = node.arguments as Node[];
  const values = command.op !== 'write' ? [] : command.values === 'all' ? args : command.values === 'rest' ? args.slice(1) : (command.values ?? []).map((i) => args[i]).filter((a): a is Node => a !== undefined);
  return { op: command.op, values };
}

/**
 * A command on a key-value client another class of the app holds (`this.redis.client.srem(key, id)` with
 * `constructor(private redis: RedisService)` and `RedisService` imported from `./redis.service`): kept once that
 * module shows the class's member is a client (`RedisService.client@kv`, see `classClients`).
 */
export function memberKvCall(scope: Scope, ref: Ref, node: Node): KvCall | null {
  if (ref.root !== 'unknown' || ref.name !== 'this' || ref.steps.length !== 3 || ref.steps[0]!.call || ref.steps[1]!.call) return null;
  const last = ref.steps[2]!.name;
  const type = Object.hasOwn(OPS, last) ? scope.memberTypes.get(ref.steps[0]!.name) : null;
  const imported = type ? scope.mod.imports.get(type) ?? scope.mod.typeImports.get(type) : undefined;
  if (!imported || imported.imported === '*' || !scope.isAppModule(imported.module)) return null;
  return { ...command(OPS, last, node), imported: `${imported.module}#${imported.imported}.${ref.steps[1]!.name}` };
}

/** The members of an exported class that hold a key-value client it makes (`client = new Redis(url)`, `this.client = createClient()`). */
export function classClients(scope: Scope, cls: Node): string[] {
  const out: string[] = [];
  for (const el of cls.body.body as Node[]) {
    if (el.type === 'PropertyDefinition' && el.value && !el.computed && isKvClient(scope, el.value)) out.push(propertyName(el.key) ?? '');
    if (el.type !== 'MethodDefinition' || el.kind !== 'constructor' || !el.value.body) continue;
    for (const stmt of el.value.body.body as Node[]) {
      const expr = stmt.type === 'ExpressionStatement' ? unwrap(stmt.expression) : null;
      if (expr?.type === 'AssignmentExpression' && expr.operator === '=' && expr.left.type === 'MemberExpression' && expr.left.object.type === 'ThisExpression' && isKvClient(scope, expr.right)) {
        out.push(propertyName(expr.left.property, expr.left.computed) ?? '');
      }
    }
  }
  return out.filter((name) => name !== '');
}

/** Whether an expression makes a key-value store client: `new Redis(url)`, `createClient({ url })`, `await createClient().connect()`, `Redis.fromEnv()`. */
export function isKvClient(scope: Scope, expr: Node): boolean {
  if (isDenoKv(scope, expr)) return true;
  let node = unwrap(expr);
  if (node.type === 'AwaitExpression') node = unwrap(node.argument);
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const made = scope.ref(node.callee);
  if (made.root !== 'import' || made.module === null || !isKvPackage(made.module)) return false;
  const last = made.steps[made.steps.length - 1]?.name;
  return node.type === 'NewExpression' || (last !== undefined && (CLIENTS.has(last) || last === 'connect'));
}

/** What a command of a key-value client does (`incrby`: write), null for a name no client has. */
export function kvCommandOp(name: string): StorageOp['op'] | null {
  return Object.hasOwn(OPS, name) ? OPS[name]!.op : null;
}

/** What `givenClient` writes for a key-value store client handed to a helper (`routes(app, redis)`): `kv-client:` and its package. */
export const KV_CLIENT = 'kv-client:';

export function isKvPackage(module: string): boolean {
  const slash = module.indexOf('/', module.startsWith('@') ? module.indexOf('/') + 1 : 0);
  return PACKAGES.has(slash === -1 ? module : module.slice(0, slash));
}
