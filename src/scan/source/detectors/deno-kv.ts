import { isFunction, objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { Step } from '../ref.ts';
import type { Scope } from '../scope.ts';
import { HOLE } from '../string-marks.ts';
import data from '../../../data/kv-clients.json' with { type: 'json' };

const DENO = data.deno;
export const DENO_OPS = DENO.ops as Record<string, { op: 'write' | 'read' | 'delete'; values?: number[] }>;
const GUARDS = new Set(DENO.guards);

/** `Deno.openKv()` (awaited or not): the store Deno opens. */
export function isDenoKv(scope: Scope, expr: Node): boolean {
  const node = unwrap(expr);
  const callee = node.type === 'CallExpression' ? unwrap(node.callee) : null;
  if (callee?.type !== 'MemberExpression' || propertyName(callee.property, callee.computed) !== DENO.open) return false;
  const ref = scope.ref(node);
  return ref.root === 'global' && ref.name === DENO.global && ref.steps.length === 1 && ref.steps[0]!.name === DENO.open;
}

/** `kv: Deno.Kv`: a parameter (or member) typed as Deno's store. */
export function isDenoKvType(type: Node | undefined): boolean {
  const name = type?.type === 'TSTypeReference' ? type.typeName : null;
  return name?.type === 'TSQualifiedName' && name.left.type === 'Identifier' && name.left.name === DENO.global && name.right.name === DENO.type;
}

const at = { start: 0, end: 0 };
/** `Deno.openKv()`, written nowhere: what a parameter typed `Deno.Kv` holds, for its commands to be the store's (see `isDenoKv`). */
export const OPENED_KV = {
  type: 'CallExpression', arguments: [], optional: false, ...at,
  callee: { type: 'MemberExpression', object: { type: 'Identifier', name: DENO.global, ...at }, property: { type: 'Identifier', name: DENO.open, ...at }, computed: false, optional: false, ...at },
} as Node;

/** The steps of a command on a Deno KV client after the client's own: the method itself, or `atomic()` and the calls chained on it (`check(entry)`, other writes). */
export function denoChain(steps: readonly Step[], from: number): boolean {
  const last = steps.length - 1;
  if (last === from) return true;
  if (steps[from]!.name !== DENO.atomic || !steps[from]!.call) return false;
  for (let i = from + 1; i < last; i++) if (!steps[i]!.call || !(GUARDS.has(steps[i]!.name) || Object.hasOwn(DENO_OPS, steps[i]!.name))) return false;
  return true;
}

/** A Deno KV key (`["secret", clientKey]`, or what a key function of the module returns) as its parts joined by `:`, the unknown ones holes; else its string. */
export function denoKey(scope: Scope, arg: Node | undefined): string | null {
  const node = arg ? keyArray(scope, unwrap(arg)) : null;
  if (!node) return scope.strParams(arg);
  const known = node.call;
  return (node.array.elements as Array<Node | null>).map((e) => (e === null || e.type === 'SpreadElement' ? HOLE : known ? scope.strParams(e) ?? HOLE : literal(e))).join(':');
}

/** Whether a command's first argument is a Deno KV key (an array) or `list`'s selector (`{ prefix: [...] }`): Drizzle's `db.delete(table)` is none. */
export function takesDenoKey(scope: Scope, name: string, arg: Node | undefined): boolean {
  if (!arg) return false;
  const key = name === 'list' ? objectProperty(scope.object(arg), 'prefix') : arg;
  return key !== null && keyArray(scope, unwrap(key)) !== null;
}

/** The array a key is: written there or bound to the name (`call` true: its parts read in this scope), or returned by a function of the module (`ID_KEY(id)`), whose parameters are not known here. */
function keyArray(scope: Scope, node: Node): { array: Node; call: boolean } | null {
  if (node.type === 'ArrayExpression') return { array: node, call: true };
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    const init = b?.init && !b.grown ? unwrap(b.init) : null;
    return init?.type === 'ArrayExpression' ? { array: init, call: true } : null;
  }
  const callee = node.type === 'CallExpression' ? unwrap(node.callee) : null;
  const b = callee?.type === 'Identifier' ? scope.lookup(callee.name) : undefined;
  const fn = b?.topFunction ? unwrap(b.init ?? b.declaration ?? callee!) : null;
  if (!fn || !isFunction(fn)) return null;
  const body = fn.body.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : null) : fn.body;
  const returned = body ? unwrap(body) : null;
  return returned?.type === 'ArrayExpression' ? { array: returned, call: false } : null;
}

function literal(node: Node): string {
  const value = unwrap(node);
  return value.type === 'Literal' && (typeof value.value === 'string' || typeof value.value === 'number') ? String(value.value) : HOLE;
}
