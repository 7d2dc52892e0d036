import type { StorageOp } from '../../facts.ts';
import { unwrap, type Node } from '../ast.ts';
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
  const command = OPS[last]!;
  const args = node.arguments as Node[];
  const values = command.op !== 'write' ? [] : command.values === 'all' ? args : command.values === 'rest' ? args.slice(1) : (command.values ?? []).map((i) => args[i]).filter((a): a is Node => a !== undefined);
  return { op: command.op, values, imported };
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
