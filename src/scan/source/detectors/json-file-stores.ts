import data from '../../../data/json-file-stores.json' with { type: 'json' };
import type { StorageOp } from '../../facts.ts';
import type { Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';

const DATA_OPS = data.dataOps as Record<string, StorageOp['op']>;
const CHAIN_OPS = data.chainOps as Record<string, StorageOp['op']>;

const importsLowdb = new WeakMap<object, boolean>();

export interface FileStoreOp { op: StorageOp['op']; key: Node | string | null; api: string; values: Node[] }

/**
 * A lowdb operation (`src/data/json-file-stores.json`): `db.data.posts.push(post)`, on the instance or a
 * member holding it (`this.db.data?.posts.push(post)` in a class of a module that imports lowdb), or the
 * lodash chain `db.get('posts').push(post)`, `db.chain.get('posts').find(q).value()`.
 */
export function fileStoreOp(site: CallSite, ctx: FileContext, names: string[], last: string): FileStoreOp | null {
  let lowdbFile = importsLowdb.get(ctx.mod);
  if (lowdbFile === undefined) importsLowdb.set(ctx.mod, (lowdbFile = ctx.mod.specifiers.some((s) => isLowdb(s.module))));
  if (!lowdbFile) return null;
  // An instance lowdb makes (`low(adapter)`, `new Low(adapter)`), or an object of the module's own (`this.db`, `new LowWithLodash(adapter)`).
  const own = site.ref.root === 'import' && isLowdb(site.module ?? '');
  if (!own && site.ref.root === 'import') return null;
  const args = site.node.arguments as Node[];
  const dataAt = names.length - 3;
  if (Object.hasOwn(DATA_OPS, last) && dataAt >= 0 && names[dataAt] === 'data') {
    return { op: DATA_OPS[last]!, key: names[dataAt + 1]!, api: `lowdb.data.${last}`, values: last === 'splice' ? args.slice(2) : args };
  }
  if (!Object.hasOwn(CHAIN_OPS, last)) return null;
  const getAt = names.indexOf('get');
  const lowdbChain = getAt >= 1 && names[getAt - 1] === 'chain' || (own && names.slice(0, getAt).every((n) => n === '' || n === 'new'));
  // On an instance of lowdb's own making; on another object only through its `chain` (a Map's `get(k).push(v)` is none).
  if (!lowdbChain || getAt === names.length - 1) return null;
  const key = site.ref.steps[getAt]!.call?.arguments[0] as Node | undefined;
  const op = CHAIN_OPS[last]!;
  return { op, key: key ?? null, api: `lowdb.get.${last}`, values: op === 'write' ? args : [] };
}

function isLowdb(module: string): boolean {
  return data.packages.some((p) => module === p || module.startsWith(`${p}/`));
}
