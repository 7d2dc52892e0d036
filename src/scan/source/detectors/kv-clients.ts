import type { StorageOp } from '../../facts.ts';
import { propertyName, unwrap, type Node } from '../ast.ts';
import type { Ref } from '../ref.ts';
import type { Scope } from '../scope.ts';
import data from '../../../data/kv-clients.json' with { type: 'json' };

/** Where a key-value client made in another module is read from: `./redis#redis@kv`. */
export const KV_SUFFIX = '@kv';

interface Command {
  op: StorageOp['op'];
  values?: number[] | 'rest' | 'all';
}

const PACKAGES = new Set(data.packages);
const CLIENTS = new Set(data.clients);
const OPS = data.ops as Record<string, Command>;

/** A command of a key-value store client (`redis.set(key, value)`): what it does, and the arguments a write stores. */
export interface KvCall {
  op: StorageOp['op'];
  values: Node[];
  /** For a client another module of the app exports: where it is read from (`./redis#redis`), else null. */
  imported: string | null;
}

/**
 * A command on a client made from a key-value store's package (`new Redis(url)`, `createClient()`, `kv` of
 * @vercel/kv), or on an object another module of the app exports (`import { redis } from './redis'`), which the
 * scan keeps once that module shows it makes such a client.
 */
export function kvCall(ref: Ref, node: Node, appModule: boolean): KvCall | null {
  if (ref.root !== 'import' || ref.module === null) return null;
  const names = ref.steps.map((s) => s.name);
  const last = names[names.length - 1] ?? '';
  if (!Object.hasOwn(OPS, last)) return null;
  let imported: string | null = null;
  if (isKvPackage(ref.module)) {
    if (!names.slice(0, -1).some((n) => CLIENTS.has(n))) return null;
  } else if (appModule && ref.imported !== undefined && ref.imported !== '*' && names.length === (ref.imported === 'default' ? 1 : 2)) {
    imported = `${ref.module}#${ref.imported}`;
  } else return null;
  return { ...command(last, node), imported };
}

/** What a command does and the arguments a write stores. */
function command(name: string, node: Node): Omit<KvCall, 'imported'> {
  const command = OPS[name]!;
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
  return { ...command(last, node), imported: `${imported.module}#${imported.imported}.${ref.steps[1]!.name}` };
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
  let node = unwrap(expr);
  if (node.type === 'AwaitExpression') node = unwrap(node.argument);
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const made = scope.ref(node.callee);
  if (made.root !== 'import' || made.module === null || !isKvPackage(made.module)) return false;
  const last = made.steps[made.steps.length - 1]?.name;
  return node.type === 'NewExpression' || (last !== undefined && (CLIENTS.has(last) || last === 'connect'));
}

export function isKvPackage(module: string): boolean {
  return PACKAGES.has(module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!);
}
